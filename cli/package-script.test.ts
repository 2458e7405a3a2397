import { describe, expect, it } from 'vitest';
import { parseScript, readPackageScript } from './package-script';

describe('a package.json script as a program to spawn', () => {
  it('takes leading NAME=value words as its environment, a value holding = signs whole', () => {
    expect(parseScript('ingest', 'GLIBC_TUNABLES=glibc.malloc.hugetlb=1:glibc.malloc.top_pad=1 X_2= node --flag cli/launch.mjs ingest')).toEqual({
      env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1:glibc.malloc.top_pad=1', X_2: '' },
      program: 'node',
      args: ['--flag', 'cli/launch.mjs', 'ingest'],
    });
  });

  it('puts package.json config in for $npm_package_config_<key>, as npm does, and names a key it lacks', () => {
    const config = { glibc_tunables: 'glibc.malloc.hugetlb=1' };
    expect(parseScript('ingest', 'GLIBC_TUNABLES=$npm_package_config_glibc_tunables node cli/launch.mjs ingest', config).env).toEqual({
      GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1',
    });
    expect(() => parseScript('ingest', 'A=$npm_package_config_missing node x', config)).toThrow(
      "package.json's ingest script names $npm_package_config_missing, which its config lacks",
    );
  });

  it('reads the ingest script with the malloc tunables of package.json config', () => {
    expect(readPackageScript('ingest').env.GLIBC_TUNABLES).toMatch(/^glibc\.malloc\.hugetlb=1:/);
  });

  it('takes a word with = after the program as an argument', () => {
    expect(parseScript('bench', 'node --max-semi-space-size=16 bench/run.ts')).toEqual({
      env: {}, program: 'node', args: ['--max-semi-space-size=16', 'bench/run.ts'],
    });
  });

  it('names the script that runs no program', () => {
    expect(() => parseScript('odd', 'A=1')).toThrow("package.json's odd script runs no program: A=1");
  });

  it('names a script package.json lacks', () => {
    expect(() => readPackageScript('no-such-script')).toThrow('package.json has no no-such-script script');
  });
});
