// The parser on our own fixtures: the seed filing transcribed from its rendering, and small
// filings for what the real corpus lacks (each fixture's comment names the real case).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFiling, type DerivativeRow, type NonDerivativeRow, type ParsedFiling } from './index';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
}

const emptyRow: Omit<NonDerivativeRow, 'kind'> = {
  securityTitle: null,
  transactionDate: null,
  deemedExecutionDate: null,
  formType: null,
  code: null,
  equitySwapInvolved: null,
  timeliness: null,
  shares: null,
  totalValue: null,
  pricePerShare: null,
  acquiredDisposed: null,
  sharesOwnedAfter: null,
  valueOwnedAfter: null,
  directOrIndirect: null,
  natureOfOwnership: null,
  footnoteIds: {},
};
const emptyDerivative: Omit<DerivativeRow, 'kind'> = {
  ...emptyRow,
  conversionOrExercisePrice: null,
  exerciseDate: null,
  expirationDate: null,
  underlyingTitle: null,
  underlyingShares: null,
  underlyingValue: null,
};

describe('the seed filing: Allied Motion Technologies, Form 4 of 2013-05-21', () => {
  const text = fixture('seed-allied-motion-2013-form4.xml');
  const filing = parseFiling(text);

  it('comes back exactly as the rendering shows it', () => {
    const { ownershipXml, ...rest } = filing;
    expect(rest).toEqual({
      accession: null,
      filedAt: null,
      acceptedAt: null,
      issuerIndustry: null,
      formType: '4',
      schemaVersion: 'X0306',
      periodOfReport: '2013-05-21',
      dateOfOriginalSubmission: null,
      notSubjectToSection16: false,
      noSecuritiesOwned: false,
      aff10b5One: null,
      issuer: { cik: '46129', name: 'ALLIED MOTION TECHNOLOGIES INC', ticker: 'AMOT' },
      reportingOwners: [
        {
          cik: '1240569',
          name: 'Federico Richard D',
          street1: 'C/O ALLIED MOTION TECHNOLOGIES INC.',
          street2: '23 INVERNESS WAY EAST, STE. 150',
          city: 'ENGLEWOOD',
          state: 'CO',
          zipCode: '80112',
          stateDescription: null,
          isDirector: true,
          isOfficer: false,
          isTenPercentOwner: false,
          isOther: false,
          officerTitle: null,
          otherText: null,
        },
      ],
      nonDerivative: [
        {
          kind: 'transaction',
          securityTitle: 'Common Stock',
          transactionDate: '2013-05-21',
          deemedExecutionDate: null,
          formType: '4',
          code: 'P',
          equitySwapInvolved: false,
          timeliness: null,
          shares: 785,
          totalValue: null,
          pricePerShare: 7,
          acquiredDisposed: 'A',
          sharesOwnedAfter: 12759,
          valueOwnedAfter: null,
          directOrIndirect: 'D',
          natureOfOwnership: null,
          footnoteIds: { shares: ['F1'] },
        },
      ],
      derivative: [],
      footnotes: [
        {
          id: 'F1',
          text: "These shares were purchased by the Reporting Person pursuant to the Company's Non-Employee Director Stock in Lieu of Cash Retainer Plan.",
        },
      ],
      remarks: null,
      signatures: [{ name: 'Susan M. Chiarmonete, attorney-in-fact for Richard D. Federico', date: '2013-05-21' }],
    });
    expect(ownershipXml.startsWith('<?xml version="1.0"?>')).toBe(true);
    expect(ownershipXml.endsWith('</ownershipDocument>')).toBe(true);
    expect(ownershipXml).toBe(text.trimEnd());
  });

  it('parses the same when wrapped in an EDGAR submission, with header facts added', () => {
    const submission = [
      '<SEC-DOCUMENT>0001240569-13-000002.txt : 20130521',
      '<SEC-HEADER>0001240569-13-000002.hdr.sgml : 20130521',
      '<ACCEPTANCE-DATETIME>20130521163015',
      'ACCESSION NUMBER:\t\t0001240569-13-000002',
      'CONFORMED SUBMISSION TYPE:\t4',
      'FILED AS OF DATE:\t\t20130521',
      '</SEC-HEADER>',
      '<DOCUMENT>',
      '<TYPE>4',
      '<SEQUENCE>1',
      '<TEXT>',
      '<XML>',
      text,
      '</XML>',
      '</TEXT>',
      '</DOCUMENT>',
      '</SEC-DOCUMENT>',
    ].join('\n');
    const wrapped = parseFiling(submission);
    expect(wrapped).toEqual({
      ...filing,
      accession: '0001240569-13-000002',
      filedAt: '2013-05-21',
      acceptedAt: '2013-05-21T16:30:15',
    });
  });
});

describe('fixtures for what the corpus lacks', () => {
  it('Form 3/A: amendment with the original date, holdings only, a date given only as a footnote', () => {
    const f = parseFiling(fixture('form3a-amended-holdings.xml'));
    expect(f.formType).toBe('3/A');
    expect(f.dateOfOriginalSubmission).toBe('2021-03-01');
    expect(f.reportingOwners[0]).toMatchObject({ isOfficer: true, isDirector: false, officerTitle: 'Chief Financial Officer' });
    expect(f.nonDerivative).toEqual([
      { ...emptyRow, kind: 'holding', securityTitle: 'Common Stock', sharesOwnedAfter: 12500, directOrIndirect: 'D', footnoteIds: { sharesOwnedAfter: ['F1'] } },
    ]);
    expect(f.derivative).toEqual([
      {
        ...emptyDerivative,
        kind: 'holding',
        securityTitle: 'Stock Option (Right to Buy)',
        conversionOrExercisePrice: 14.25,
        exerciseDate: null,
        expirationDate: '2031-02-24',
        underlyingTitle: 'Common Stock',
        underlyingShares: 40000,
        directOrIndirect: 'D',
        footnoteIds: { exerciseDate: ['F2'] },
      },
    ]);
    expect(f.remarks).toBe('Amended to add the stock option omitted from the original filing.');
  });

  it('Form 5/A: two owners, a non-US address, a late Form 4 transaction, a footnote on ownershipNature', () => {
    const f = parseFiling(fixture('form5a-amended-annual.xml'));
    expect(f.formType).toBe('5/A');
    expect(f.dateOfOriginalSubmission).toBe('2023-02-10');
    expect(f.reportingOwners.map((o) => [o.cik, o.name, o.isDirector, o.isTenPercentOwner, o.isOther, o.otherText])).toEqual([
      ['9990201', 'HALVORSEN ERIK', true, false, false, null],
      ['9990202', 'Halvorsen Family Holdings AS', false, true, true, 'Member of a 13(d) group'],
    ]);
    expect(f.reportingOwners[1]).toMatchObject({ city: 'Oslo', state: null, zipCode: '0250', stateDescription: 'NORWAY' });
    // In the order filed: transaction, holding, transaction.
    expect(f.nonDerivative.map((r) => [r.kind, r.formType, r.code, r.timeliness, r.shares, r.pricePerShare, r.sharesOwnedAfter])).toEqual([
      ['transaction', '5', 'G', null, 2000, 0, 148000],
      ['holding', null, null, null, null, null, 3100000],
      ['transaction', '4', 'J', 'L', 150000, 21.3725, 3100000],
    ]);
    // The footnote placed directly in <ownershipNature> goes to the nature of ownership.
    expect(f.nonDerivative[1]?.footnoteIds).toEqual({ natureOfOwnership: ['F2'] });
    expect(f.nonDerivative[1]?.natureOfOwnership).toBe('By Halvorsen Family Holdings AS');
    // The footnote placed in <transactionCoding> goes to the code.
    expect(f.nonDerivative[2]?.footnoteIds).toEqual({ code: ['F1'] });
    expect(f.signatures).toHaveLength(2);
  });

  it('equity swap: equitySwapInvolved 1, prices given only as footnotes, a footnote on underlyingSecurity', () => {
    const f = parseFiling(fixture('form4-equity-swap.xml'));
    expect(f.aff10b5One).toBe(true);
    expect(f.reportingOwners[0]).toMatchObject({ isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false });
    expect(f.nonDerivative).toEqual([]);
    expect(f.derivative).toEqual([
      {
        ...emptyDerivative,
        kind: 'transaction',
        securityTitle: 'Cash-Settled Total Return Swap',
        transactionDate: '2024-03-11',
        formType: '4',
        code: 'K',
        equitySwapInvolved: true,
        shares: 250000,
        pricePerShare: null,
        acquiredDisposed: 'A',
        conversionOrExercisePrice: null,
        exerciseDate: '2024-03-11',
        expirationDate: '2026-03-11',
        underlyingTitle: 'Common Stock',
        underlyingShares: 250000,
        sharesOwnedAfter: 250000,
        directOrIndirect: 'D',
        footnoteIds: {
          securityTitle: ['F1'],
          conversionOrExercisePrice: ['F2'],
          pricePerShare: ['F2'],
          underlyingTitle: ['F3'],
        },
      },
    ]);
  });

  it('values that are not plain numbers or dates stay as filed, never 0', () => {
    const f = parseFiling(fixture('form4-values-as-text.xml'));
    expect(f.periodOfReport).toBe('2013-05-21'); // time zone dropped
    expect(f.issuer.cik).toBe('9990004');
    expect(f.reportingOwners[0]?.name).toBe('Mendes  Joao Pedro'); // trimmed, inner spaces as filed
    const [sale, lp] = f.nonDerivative;
    expect(sale).toMatchObject({
      transactionDate: '2013-05-21',
      shares: 1204500, // "1,204,500"
      pricePerShare: 'See Footnote (2)',
      sharesOwnedAfter: 0.5,
      footnoteIds: { pricePerShare: ['F2'] },
    });
    expect(lp).toEqual({
      ...emptyRow,
      kind: 'transaction',
      securityTitle: 'Limited Partnership Interests',
      transactionDate: 'Various',
      formType: '4',
      code: 'P',
      totalValue: 2500000,
      acquiredDisposed: 'A',
      valueOwnedAfter: 7250000,
      directOrIndirect: 'I',
      natureOfOwnership: 'See Footnote (1)',
      // On a container: transactionAmounts → totalValue (no shares filed), postTransactionAmounts
      // → valueOwnedAfter (no shares owned filed).
      footnoteIds: { transactionDate: ['F1'], pricePerShare: ['F3'], totalValue: ['F3'], valueOwnedAfter: ['F1'] },
    });
  });

  it('XML syntax variants: namespaces, CDATA, comments, processing instructions, character references', () => {
    const text = fixture('form4-xml-syntax-variants.xml');
    const f = parseFiling(text);
    expect(f.issuer.name).toBe('Smith & Wesson Widgets <Holdings> Inc');
    expect(f.reportingOwners.map((o) => [o.cik, o.name, o.isDirector])).toEqual([['9990501', "O'Brien Siobhán", true]]);
    expect(f.nonDerivative.map((r) => [r.code, r.shares, r.pricePerShare, r.sharesOwnedAfter, r.footnoteIds])).toEqual([
      ['M', 10000, 12.5, 25000, {}],
      ['S', 10000, 31.0412, 15000, { code: ['F1'], pricePerShare: ['F2'] }],
    ]);
    expect(f.footnotes).toEqual([
      { id: 'F1', text: 'Sold under a Rule 10b5-1 trading plan adopted on May 1, 2019 & amended on August 2, 2019.' },
      {
        id: 'F2',
        text: 'Weighted average price; the shares were sold at prices from $30.90 to $31.20 (the "range"). The Reporting Person will provide full details on request.',
      },
    ]);
    expect(f.remarks).toBe('Director\u2019s remarks: <none> "filed"');
    expect(f.signatures).toEqual([{ name: "/s/ Siobhán O'Brien", date: '2019-11-07' }]);
    // From the XML declaration to the root's end tag; the trailing comment is not part of it.
    expect(f.ownershipXml.startsWith("<?xml version='1.0'")).toBe(true);
    expect(f.ownershipXml.endsWith('</ownershipDocument>')).toBe(true);
  });

  it('every good fixture parses, and none is accidentally a copy of another', () => {
    const names = [
      'seed-allied-motion-2013-form4.xml',
      'form3a-amended-holdings.xml',
      'form5a-amended-annual.xml',
      'form4-equity-swap.xml',
      'form4-values-as-text.xml',
      'form4-xml-syntax-variants.xml',
    ];
    const filings: ParsedFiling[] = names.map((n) => parseFiling(fixture(n)));
    expect(new Set(filings.map((f) => f.issuer.cik)).size).toBe(names.length);
    expect(filings.map((f) => f.formType).sort()).toEqual(['3/A', '4', '4', '4', '4', '5/A']);
  });
});
