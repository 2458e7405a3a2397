// The issuer's industry as the store keeps it (issuers.sic): the newest source's code wins whatever
// the load order, a filing that carries none (a bare XML, a data set's copy) leaves it, and EDGAR's
// listing counts as of the day it was read.
import { expect, it } from 'vitest';
import { getIssuerByCik } from './queries/issuers';
import type { Industry } from '../lib/domain/industry';
import { parseFiling } from '../lib/parser/index';
import { ownershipDocumentXml } from '../test/support/ownership-xml';
import { tempStorePerTest } from '../test/support/temp-store-helpers';

const t = tempStorePerTest();
const CIK = '888002';
const PARTS: Industry = { sic: '3714', title: 'MOTOR VEHICLE PARTS & ACCESSORIES' };
const VEHICLES: Industry = { sic: '3711', title: 'MOTOR VEHICLES & PASSENGER CAR BODIES' };

/** A Form 4 of the issuer filed on `filedAt` (null: a bare XML), its header giving `industry`. */
function filing(n: number, filedAt: string | null, industry: Industry | null) {
  const xml = ownershipDocumentXml({
    form: '4', period: '2020-01-02', issuer: { cik: CIK, name: 'Motors Corp', ticker: 'MOTR' },
    owners: [{ cik: '888102', name: 'Owner Two', director: true }],
    lines: [{ kind: 'transaction', date: '2020-01-02', code: 'P', shares: String(100 + n), price: '10', ad: 'A', after: '1000' }],
    footnotes: [], signature: { name: 'Owner Two', date: '2020-01-02' },
  });
  const accession = `0000888002-20-${String(n).padStart(6, '0')}`;
  return { parsed: { ...parseFiling(xml), accession, filedAt, issuerIndustry: industry }, options: { document: xml, source: accession } };
}

const industry = () => getIssuerByCik(CIK, t.db)?.industry;
const linesCodes = () => t.sqlite.prepare('SELECT DISTINCT i.sic FROM filing_rows r JOIN issuers i ON i.cik = r.issuer_cik').pluck().all();

it("keeps the newest filing's code whatever the load order; a filing without one, newer or not, leaves it", () => {
  t.store.storeFilings([filing(1, '2024-05-01', VEHICLES), filing(2, '2013-05-01', PARTS), filing(3, null, null), filing(4, '2025-01-02', null)]);
  expect(industry()).toEqual(VEHICLES);
  expect(linesCodes()).toEqual(['3711']);
  t.store.storeFilings([filing(5, '2025-06-02', PARTS)]);
  expect(industry()).toEqual(PARTS);
});

it('keeps the title stored for a code a later filing gives without one (a feed file)', () => {
  t.store.storeFilings([filing(1, '2024-05-01', VEHICLES), filing(2, '2024-06-03', { sic: '3711', title: null })]);
  expect(industry()).toEqual(VEHICLES);
  t.store.storeFilings([filing(3, '2024-07-01', { sic: '3714', title: null })]);
  expect(industry()).toEqual({ sic: '3714', title: null });
});

it("takes EDGAR's listing as of the day it was read, until a filing filed later says otherwise", () => {
  expect(t.store.setIssuerIndustry(CIK, VEHICLES, '2026-12-01')).toBe(false);
  t.store.storeFilings([filing(1, '2024-05-01', PARTS)]);
  expect(t.store.setIssuerIndustry(CIK, VEHICLES, '2026-12-01')).toBe(true);
  expect(industry()).toEqual(VEHICLES);
  t.store.storeFilings([filing(2, '2025-05-01', PARTS)]);
  expect(industry()).toEqual(VEHICLES);
  t.store.storeFilings([filing(3, '2026-12-02', PARTS)]);
  expect(industry()).toEqual(PARTS);
});
