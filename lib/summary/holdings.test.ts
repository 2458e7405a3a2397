// "…and now holds": every holding the filing reports, on real filings whose funds are told apart only
// by their footnotes (values read off their XML: lib/domain/holdings.test.ts has the holdings).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { summarizeFiling } from './index';

warnIfNoCorpus('lib/summary/holdings.test.ts (summaries of real filings)');

const summaryOf = (file: string) => summarizeFiling(parseFiling(readFileSync(path.join(corpusDir, 'xml', file), 'utf8')));

describe.skipIf(!hasCorpus)('what a summary says is held after a filing', () => {
  it('adds up three selling entities and three more held, each "See footnote(s)" with a footnote of its own: Reid Hoffman at Aurora', () => {
    expect(summaryOf('4_Aurora-Innovation-Inc_0001828108-24-000149.xml')).toMatch(/, and now holds 286,247 shares directly and 9,095,642 indirectly\.$/);
  });

  it('adds up fifteen funds, one of them selling again two days later: Peter Thiel at Palantir', () => {
    expect(summaryOf('4_Palantir-Technologies-Inc_0001209191-20-053427.xml')).toMatch(/; and now holds 9,399,443 shares indirectly\.$/);
  });
});
