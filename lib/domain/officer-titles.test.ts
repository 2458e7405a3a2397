// The title-group rule on every distinct officer title (and "other" text) filed in the corpus, each
// with its groups written out by hand, and on the spellings users search for that the corpus lacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { corpusFiles, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { titleGroupMask, titleGroups, type TitleGroup } from './officer-titles';

warnIfNoCorpus('officer titles of the corpus');

/** Every distinct non-empty title in corpus/xml (officerTitle and otherText), with its groups. */
const CORPUS_TITLES: Record<string, TitleGroup[]> = {
  CEO: ['ceo'],
  'Chief Executive Officer': ['ceo'],
  'Senior VP, GC, CAO & Secretary': [],
  'See Remarks': [],
  'SVP, GC and Secretary': [],
  'SVP, CLO & Secretary': [],
  'SVP Powertrain and Energy Eng.': [],
  President: ['president'],
  'President & CEO': ['ceo', 'president'],
  'Pres, Prod Architect & Chairmn': ['president', 'chair'],
  GC: [],
  'Executive Chairman of Board': ['chair'],
  'Executive Chair': ['chair'],
  'EVP, Operations': [],
  'EVP and COO': ['coo'],
  'Chief Technology Officer': [],
  'Chief Operating Officer': ['coo'],
  'Chief Legal Officer': [],
  'Chief Financial Officer': ['cfo'],
  'Chief Digital & Tech Officer': [],
  COO: ['coo'],
  'Affiliated Person': [],
  Chairman: ['chair'],
  'Chief Accounting Officer': [],
};

describe.skipIf(!hasCorpus)('title groups of every title filed in the corpus', () => {
  const filed = new Set<string>();
  for (const file of corpusFiles('xml')) {
    for (const owner of parseFiling(readFileSync(file, 'utf8')).reportingOwners) {
      for (const title of [owner.officerTitle, owner.otherText]) if (title?.trim()) filed.add(title.trim());
    }
  }

  it('has an expected answer for each distinct title (a new corpus title must be added here)', () => {
    expect([...filed].sort()).toEqual(Object.keys(CORPUS_TITLES).sort());
  });

  it.each(Object.entries(CORPUS_TITLES))('%s → %j', (title, groups) => {
    expect(titleGroups(title)).toEqual(groups);
  });
});

describe('title groups', () => {
  it.each([
    ['Pres. & CEO', ['ceo', 'president']],
    ['Chairman & CEO', ['ceo', 'chair']],
    ['Co-CEO', ['ceo']],
    ['C.E.O.', ['ceo']],
    ['Principal Executive Officer', ['ceo']],
    ['EVP & CFO', ['cfo']],
    ['Principal Financial Officer', ['cfo']],
    ['Vice President', []],
    ['Senior Vice-President, Sales', []],
    ['VP Finance', []],
    ['Vice Chairman', []],
    ['Vice Chairman and President', ['president']],
    ['Chairwoman of the Board', ['chair']],
    ['Presiding Director', []],
    ['Chief Operating Officer & Secretary', ['coo']],
    ['Controller', []],
    ['', []],
  ] as [string, TitleGroup[]][])('%s → %j', (title, groups) => {
    expect(titleGroups(title)).toEqual(groups);
  });

  it('has no groups for a missing title, and one bit per group in the mask', () => {
    expect(titleGroups(null)).toEqual([]);
    expect(titleGroupMask(null)).toBe(0);
    expect(titleGroupMask('CEO')).toBe(1);
    expect(titleGroupMask('President & CEO')).toBe(1 | 4);
    expect(titleGroupMask('Chairman')).toBe(16);
  });
});
