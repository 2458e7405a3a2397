// On phones a transactions table's rows are cards, each value under its column's name, and so are the
// rows of a filing's Tables I and II: the names are CSS rules by column position (app/styles/phone-cards.css),
// not an attribute on each of a page's six hundred cells. They must follow the column definitions.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuerColumns, personColumns } from './columns';
import { tradeColumns } from './trades-columns';
import { ANNUAL_DERIVATIVE_COLUMNS, DERIVATIVE_COLUMNS } from '../filing/derivative-table';
import { ANNUAL_NON_DERIVATIVE_COLUMNS, NON_DERIVATIVE_COLUMNS } from '../filing/non-derivative-table';
import { FORM3_DERIVATIVE_COLUMNS, FORM3_NON_DERIVATIVE_COLUMNS } from '../filing/form3-tables';

const app = path.resolve(__dirname, '../../app');
const read = (file: string) => readFileSync(path.join(app, file), 'utf8');
const css = read('styles/phone-cards.css');
const phone = css.slice(css.indexOf('@media (max-width: 639.98px)'));
/** Every other stylesheet of the app, and phone-cards.css before its phone query. */
const elsewhere = [read('globals.css'), ...readdirSync(path.join(app, 'styles')).filter((f) => f !== 'phone-cards.css').map((f) => read(`styles/${f}`)), css.slice(0, css.indexOf('@media (max-width: 639.98px)'))];

/** "1 Date", "2 Insider"...: the names the stylesheet gives a table's cells (`.a.b`: a table of both classes), in its order. */
function namesInCss(tableClass: string): string[] {
  const rule = new RegExp(`\\.${tableClass.replaceAll('.', '\\.')} td:nth-child\\((\\d+)\\)::before \\{ content: '([^']*)'; \\}`, 'g');
  return [...phone.matchAll(rule)].map(([, n, name]) => `${n} ${name}`);
}

const headers = (columns: readonly { header?: unknown }[]) => columns.map((c, i) => `${i + 1} ${String(c.header)}`);

describe('the phone labels of the transactions tables', () => {
  it('name every column of the issuer, person and screener tables by its header, in order', () => {
    expect(namesInCss('tx-issuer')).toEqual(headers(issuerColumns));
    expect(namesInCss('tx-person')).toEqual(headers(personColumns));
    expect(namesInCss('tx-market')).toEqual(headers(tradeColumns));
  });

  it('name every column of a filing’s Tables I and II after the title as the form numbers it, in order', () => {
    // The security's title is the row's header cell (child 1): its cells start at child 2.
    const formNames = (columns: readonly { label: string }[]) => columns.map((c, i) => `${i + 2} ${c.label}`);
    expect(namesInCss('table-1')).toEqual(formNames(NON_DERIVATIVE_COLUMNS));
    expect(namesInCss('table-2')).toEqual(formNames(DERIVATIVE_COLUMNS));
    // A Form 5's names for the columns of what is held at its fiscal year's end, over Table I's and II's.
    const renamed = (columns: readonly { label: string }[], all: readonly { label: string }[]) =>
      formNames(all).filter((name) => !formNames(columns).includes(name));
    expect(namesInCss('table-1.annual')).toEqual(renamed(NON_DERIVATIVE_COLUMNS, ANNUAL_NON_DERIVATIVE_COLUMNS));
    expect(namesInCss('table-2.annual')).toEqual(renamed(DERIVATIVE_COLUMNS, ANNUAL_DERIVATIVE_COLUMNS));
    // A Form 3's own layout.
    expect(namesInCss('form3-table-1')).toEqual(formNames(FORM3_NON_DERIVATIVE_COLUMNS));
    expect(namesInCss('form3-table-2')).toEqual(formNames(FORM3_DERIVATIVE_COLUMNS));
  });

  it('are the phones’ only: the rules sit in the phone media query', () => {
    expect(phone.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(2);
    for (const text of elsewhere) expect(text).not.toMatch(/td:nth-child\(\d+\)::before/);
  });
});
