// A data-set worker that cannot start, or stops halfway, costs nothing but a warning: the writer
// builds what the worker did not, and the filings are those read in one thread, in the same order.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '../lib/datasets/index';
import { parseFiling } from '../lib/parser/index';
import { seedFixture } from '../test/support/corpus';
import { writeDatasetZip } from '../test/support/dataset-writer';
import { CHUNK } from './dataset-protocol';
import { readDatasetShared } from './dataset-worker';

const seed = parseFiling(readFileSync(seedFixture, 'utf8'));
// Two and a half chunks of filings, the seed under made-up accessions.
const zip = writeDatasetZip(Array.from({ length: CHUNK * 2 + CHUNK / 2 }, (_, i) => ({ accession: `0001240569-13-${String(i).padStart(6, '0')}`, filedAt: '2013-05-22', parsed: seed })));
const expected = [...readDataset(zip).entries()].map((e) => [e.accession, e.ok && e.parsed.nonDerivative[0]!.shares]);

/** Every entry as [accession, first line's shares], whoever built it. */
function read(entry: string) {
  const dataset = readDatasetShared(zip, 'q.zip', { entry, writerHelps: false });
  const got = [...dataset.entries()].map((e) => [e.accession, e.ok && ('prepared' in e ? e.prepared.parsed! : e.parsed).nonDerivative[0]!.shares]);
  return { got, counts: dataset.counts };
}

afterEach(() => vi.restoreAllMocks());

describe('a data-set worker that fails', () => {
  it('that cannot start: the writer builds every filing, and says so in one line', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const { got, counts } = read(new URL('./no-such-dataset-worker.ts', import.meta.url).href);
    expect(got).toEqual(expected);
    expect(counts).toEqual({ byWorker: 0, here: expected.length });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^the data-set worker stopped \(.*\): the rest of q\.zip is read on the main thread$/);
  });

  it('that stops after a chunk: the writer builds the rest, from where it stopped', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const { got, counts } = read(new URL('../test/support/dying-dataset-worker.ts', import.meta.url).href);
    expect(got).toEqual(expected);
    expect(counts).toEqual({ byWorker: CHUNK, here: expected.length - CHUNK });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toBe('the data-set worker stopped (Error: stopped on purpose after one chunk): the rest of q.zip is read on the main thread');
  });
});
