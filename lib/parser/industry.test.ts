// The issuer's SIC code, read from a submission's header: on the corpus submissions, and on a
// header written here where a company reporting owner lists a code of its own before the issuer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, hasCorpus, warnIfNoCorpus } from '../../test/support/corpus';
import { parseFiling } from './index';

warnIfNoCorpus('lib/parser/industry.test.ts (the corpus submissions\' industry)');

const seed = readFileSync(new URL('../../fixtures/seed-allied-motion-2013-form4.xml', import.meta.url), 'utf8');

describe.skipIf(!hasCorpus)('the issuer industry of the corpus submissions', () => {
  it("takes the issuer's industry from the issuer's part of the header", () => {
    const industryOf = (name: string) => parseFiling(readFileSync(path.join(corpusDir, 'submissions', name), 'utf8')).issuerIndustry;
    expect(industryOf('0000899243-22-035394.txt')).toEqual({ sic: '3711', title: 'MOTOR VEHICLES & PASSENGER CAR BODIES' });
    expect(industryOf('0000707549-25-000004.txt')).toEqual({ sic: '3559', title: 'SPECIAL INDUSTRY MACHINERY, NEC' });
    // Two reporting owners before the issuer, the first a partnership with company data of its own.
    expect(industryOf('0001079973-25-000129.txt')).toEqual({ sic: '3841', title: 'SURGICAL & MEDICAL INSTRUMENTS & APPARATUS' });
    // 2007, in its PRIVACY-ENHANCED MESSAGE envelope, the issuer's part first.
    expect(industryOf('0001179110-07-016964.txt')).toEqual({ sic: '3841', title: 'SURGICAL & MEDICAL INSTRUMENTS & APPARATUS' });
    // A copy whose header lines are indented.
    expect(industryOf('0001790565-23-000009.txt')).toEqual({ sic: '3711', title: 'MOTOR VEHICLES & PASSENGER CAR BODIES' });
    // A closed-end fund EDGAR gives no SIC code.
    expect(industryOf('0001240812-07-000005.txt')).toBeNull();
    // .nc feed files give the code alone, on lines of their own or all on one.
    expect(industryOf('0000002488-24-000005.nc')).toEqual({ sic: '3674', title: null });
    expect(industryOf('0001127602-25-004598.nc')).toEqual({ sic: '5065', title: null });
    // A bare XML has no header.
    expect(parseFiling(readFileSync(corpusFiles('xml')[0]!, 'utf8')).issuerIndustry).toBeNull();
  });
});

describe('the issuer industry of a header with a company as owner', () => {
  it("takes the issuer's SIC code, not a company owner's listed before it", () => {
    // As when a listed company (here an insurer, SIC 6331, as Berkshire Hathaway files) reports as a
    // 10% owner: its OWNER DATA carries a SIC code of its own ahead of the issuer's COMPANY DATA.
    const header = (issuerSic: string) => [
      '<SEC-DOCUMENT>0001240569-13-000002.txt : 20130521',
      '<SEC-HEADER>0001240569-13-000002.hdr.sgml : 20130521',
      'ACCESSION NUMBER:\t\t0001240569-13-000002',
      'FILED AS OF DATE:\t\t20130521',
      'REPORTING-OWNER:\t',
      '\tOWNER DATA:\t',
      '\t\tCOMPANY CONFORMED NAME:\t\t\tBERKSHIRE HATHAWAY INC',
      '\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tFIRE, MARINE & CASUALTY INSURANCE [6331]',
      'ISSUER:\t\t',
      '\tCOMPANY DATA:\t',
      '\t\tCOMPANY CONFORMED NAME:\t\t\tALLIED MOTION TECHNOLOGIES INC',
      ...(issuerSic ? [`\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t${issuerSic}`] : []),
      '\t\tSTATE OF INCORPORATION:\t\t\tCO',
      '</SEC-HEADER>',
      '<DOCUMENT>', '<TYPE>4', '<TEXT>', '<XML>', seed, '</XML>', '</TEXT>', '</DOCUMENT>', '</SEC-DOCUMENT>',
    ].join('\n');
    expect(parseFiling(header('MOTORS & GENERATORS [3621]')).issuerIndustry).toEqual({ sic: '3621', title: 'MOTORS & GENERATORS' });
    expect(parseFiling(header('')).issuerIndustry).toBeNull();
    expect(parseFiling(header(' [0000]')).issuerIndustry).toBeNull();
  });
});
