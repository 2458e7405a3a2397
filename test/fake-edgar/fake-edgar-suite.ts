// The set-up every test block against the look-alike EDGAR server repeats: one server for the
// block, and for each test a fresh workspace (temporary database and cache) and an empty request log.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type FakeEdgar, startFakeEdgar } from './fake-edgar';
import { edgarEnv, makeWorkspace, type Workspace } from './harness';

export interface FakeEdgarSuite {
  /** The server, started once for the block; its request log is cleared before each test. */
  readonly fake: FakeEdgar;
  /** This test's workspace, removed after it. */
  readonly ws: Workspace;
  /** The environment that points the loader at the server and this test's cache. */
  env(extra?: Record<string, string | undefined>): Record<string, string | undefined>;
}

/**
 * Call inside a `describe`. Hooks that the block declares after this call run after its set-up and
 * (vitest runs after-hooks in reverse order) before its clean-up: a database or a process the test
 * opened in the workspace is closed before the workspace is removed.
 */
export function useFakeEdgar(): FakeEdgarSuite {
  let fake: FakeEdgar | undefined;
  let ws: Workspace | undefined;
  beforeAll(async () => {
    fake = await startFakeEdgar();
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => {
    ws = makeWorkspace();
    fake!.reset();
  });
  afterEach(() => {
    ws!.remove();
  });
  return {
    get fake() {
      if (fake === undefined) throw new Error('the fake EDGAR server is used outside a test');
      return fake;
    },
    get ws() {
      if (ws === undefined) throw new Error('the workspace is used outside a test');
      return ws;
    },
    env(extra = {}) {
      return edgarEnv(this.fake, this.ws, extra);
    },
  };
}
