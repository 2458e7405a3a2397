import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseTableView } from '@/lib/search-params';
import { toTableRows, type TransactionLine } from './table-rows';
import { TransactionsTable } from './transactions-table';
import { viewChanges } from './table-state';

const line: TransactionLine = {
  id: 7, accession: '0000950170-25-003585', formType: '4', filedAt: '2025-01-08',
  issuerCik: '1318605', issuerName: 'Tesla, Inc.', issuerTicker: 'TSLA',
  ownerCik: '1331680', ownerName: 'Wilson-Thompson Kathleen', ownerCount: 3,
  isDirector: true, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null,
  table: 'N', kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2025-01-06', code: 'S',
  acquiredDisposed: 'D', shares: 6618, pricePerShare: 417.043, value: 2759990.574, sharesOwnedAfter: 21542, directOrIndirect: 'D',
};

function render(query: string, lines: TransactionLine[]) {
  const view = parseTableView(new URLSearchParams(query));
  return renderToStaticMarkup(createElement(TransactionsTable, {
    ...toTableRows(lines, 'issuer'), view, total: lines.length ? 120 : 0, pageCount: lines.length ? 3 : 1,
    basePath: '/issuers/1318605', variant: 'issuer', caption: 'Transactions and holdings',
    who: { name: 'insider', label: 'Insider', options: [{ value: '1331680', label: 'Kathleen Wilson-Thompson' }] },
  }));
}

/** Each header's text, aria-sort and link, in column order. */
function headers(html: string): { label: string; sort: string; href: string }[] {
  return [...html.matchAll(/<th scope="col"(?: aria-sort="(\w+)")?[^>]*><a ([^>]*)>([^<]*)<\/a><\/th>/g)]
    .map(([, sort, attributes, label]) => ({ label: label!, sort: sort ?? 'none', href: /href="([^"]*)"/.exec(attributes!)![1]!.replaceAll('&amp;', '&') }));
}

describe('TransactionsTable', () => {
  it('links each header to its next sort: the sorted column flips, dates and amounts start descending, text ascending', () => {
    const html = render('sort=price&dir=desc&code=S', [line]);
    const byLabel = Object.fromEntries(headers(html).map((h) => [h.label, h]));
    expect(Object.keys(byLabel)).toEqual(['Date', 'Insider', 'Role', 'Security', 'Code', 'A/D', 'Shares', 'Price', 'Value', 'Owned after', 'D/I', 'Filed']);
    expect(byLabel.Price).toEqual({ label: 'Price', sort: 'descending', href: '/issuers/1318605?sort=price&dir=asc&code=S' });
    expect(byLabel.Date).toMatchObject({ sort: 'none', href: '/issuers/1318605?code=S' });
    expect(byLabel.Shares!.href).toBe('/issuers/1318605?sort=shares&dir=desc&code=S');
    expect(byLabel.Insider!.href).toBe('/issuers/1318605?sort=insider&dir=asc&code=S');
    expect(byLabel.Role!.href).toBe('/issuers/1318605?sort=role&dir=asc&code=S');
  });

  it('draws a row from the row model: readable owner with the joint-filing mark, roles, code, amounts and the filing link', () => {
    const html = render('', [line]);
    const body = html.slice(html.indexOf('<tbody>'));
    expect(body).toContain('<td><a href="/people/1331680">Kathleen Wilson-Thompson</a><span class="joint" title="Joint filing with 2 other reporting owner(s)">+2</span></td>');
    expect(body).toContain('<td><span class="director">Director</span></td>');
    expect(body).toContain('<td><b class="sell">S</b> Sale</td>');
    expect(body).toContain('<td>6,618</td><td>$417.043</td><td>$2,759,991</td><td>21,542</td><td>D</td>');
    expect(body).toContain('<td><a href="/filings/0000950170-25-003585">Form 4</a><span>Jan 8, 2025</span></td>');
    // No signal on a plain row, and the cells carry no class or label: the columns' CSS places them.
    expect(body).not.toContain('role="tooltip"');
    expect(body).not.toContain('<td class');
    expect(body).not.toContain('data-label');
    expect(body.match(/<tr>/g)).toHaveLength(1);
  });

  it('shows an officer’s title as the badge, the whole of a long one on hover', () => {
    const html = render('', [
      { ...line, isDirector: false, isOfficer: true, officerTitle: 'CEO' },
      { ...line, id: 8, accession: '0001790565-23-000009', ownerCik: '1790565', isDirector: false, isOfficer: true, officerTitle: 'SVP Powertrain and Energy Eng.' },
    ]);
    expect(html).toContain('<td><span class="officer">CEO</span></td>');
    expect(html).toContain('<td><span class="officer" title="SVP Powertrain and Energy Eng.">SVP Powertrain and Energy Eng.</span></td>');
  });

  it('escapes what filings say: a security or a name is text, never markup', () => {
    const html = render('', [{ ...line, securityTitle: '<img src=x onerror="alert(1)">', ownerName: 'O\'Brien & <b>Sons</b>' }]);
    const body = html.slice(html.indexOf('<tbody>'));
    expect(body).toContain('title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span>');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<b>Sons');
  });

  it('marks the table with its variant, whose CSS places and names the cells by position (phone-labels.test.ts)', () => {
    const html = render('', [line]);
    expect(html).toContain('<table class="data-table tx-table tx-cols tx-issuer');
    expect(html).not.toContain('<style');
  });

  it('shows a row’s signals: the pattern badge and the days late, each described by its reason, and the flag’s texts', () => {
    const html = render('', [{
      ...line, pattern: 'routine', patternReason: 'traded in March in 2021, 2022 and 2023', daysLate: 3, flags: ['price-outlier'],
    }, { ...line, id: 8, pattern: 'unclassified', patternReason: 'no open-market trades in 2022', daysLate: 0, flags: [] }]);
    const [first, second] = html.slice(html.indexOf('<tbody>')).split('</tr>');
    expect(first).toContain('<span tabindex="0" class="badge pattern routine" aria-describedby="pattern-7">Routine</span>'
      + '<span role="tooltip" id="pattern-7">Routine: traded in March in 2021, 2022 and 2023</span>');
    expect(first).toContain('<span tabindex="0" class="late" aria-describedby="late-7">3 days late</span>');
    expect(first).toContain('Filed 3 business days after its due date');
    expect(first).toContain('<span class="sr-only">Suspect value</span>');
    expect(first).toContain('the price is far from the issuer&#x27;s other prices');
    // Unclassified, on time and unflagged: nothing to show.
    expect(second).not.toContain('tabindex');
  });

  it('shows a dash, not another date, for a filing whose date is not in the data, and says why once under the table', () => {
    const html = render('', [{ ...line, filedAt: null }, { ...line, id: 8, filedAt: null }]);
    expect(html.match(/<a href="\/filings\/0000950170-25-003585">Form 4<\/a><span>—<\/span>/g)).toHaveLength(2);
    expect(html.match(/its filing date is not in the data/g)).toHaveLength(1);
    expect(render('', [line])).not.toContain('its filing date is not in the data');
  });

  it('draws the same table from the view’s changes alone, as pages send it', () => {
    const view = parseTableView(new URLSearchParams('sort=price&dir=asc&code=S&page=2'));
    expect(viewChanges(view)).toEqual({ sort: 'price', dir: 'asc', codes: ['S'], page: 2 });
    const props = { ...toTableRows([line], 'issuer'), total: 120, pageCount: 3, basePath: '/issuers/1318605', variant: 'issuer' as const,
      caption: 'Transactions and holdings', who: { name: 'insider' as const, label: 'Insider', options: [] } };
    expect(renderToStaticMarkup(createElement(TransactionsTable, { ...props, view: viewChanges(view) })))
      .toBe(renderToStaticMarkup(createElement(TransactionsTable, { ...props, view })));
  });

  it('offers the pattern and late filters, and on a person’s page all issuers', () => {
    const html = render('pattern=opportunistic&late=1', [line]);
    expect(html).toContain('<option value="opportunistic" selected="">Opportunistic</option>');
    expect(html).toMatch(/<input type="checkbox" name="late"[^>]* checked=""[^>]*\/>Filed late only/);
  });

  it('names the person page’s issuer filter “All issuers”', () => {
    const view = parseTableView(new URLSearchParams(''));
    const html = renderToStaticMarkup(createElement(TransactionsTable, {
      ...toTableRows([line], 'person'), view, total: 1, pageCount: 1, basePath: '/people/1331680', variant: 'person', caption: 'Transactions',
      who: { name: 'issuer', label: 'Issuer', options: [{ value: '1318605', label: 'Tesla, Inc.' }] },
    }));
    expect(html).toContain('Issuer<select name="issuer" class="max-w-56"><option value="" selected="">All issuers</option>');
    expect(html).not.toContain('Everyone');
  });

  it('says so when no row matches, and pages only when there is more than one page', () => {
    const empty = render('ad=A', []);
    expect(empty).toContain('No rows match these filters.');
    expect(empty).toContain('No rows');
    expect(empty).not.toContain('aria-label="Pages, bottom"');
    const paged = render('page=2', [line]);
    expect(paged).toContain('Rows 51–100 of 120');
    expect(paged).toContain('aria-label="Pages, bottom"');
    expect(paged).toContain('<span aria-current="page">2</span>');
  });
});
