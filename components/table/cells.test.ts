// The transactions table's cells as React renders them: filed text is always text (escaped by React,
// never markup), amounts read as the tables show them. Expected markup is written out.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseTableView } from '@/lib/search-params';
import { toTableRows, type TransactionLine } from './table-rows';
import { TransactionsTable } from './transactions-table';

const line: TransactionLine = {
  id: 7, accession: '0000950170-25-003585', formType: '4', filedAt: '2025-01-08',
  issuerCik: '1318605', issuerName: 'Tesla, Inc.', issuerTicker: 'TSLA',
  ownerCik: '1331680', ownerName: 'Wilson-Thompson Kathleen', ownerCount: 0,
  isDirector: true, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null,
  table: 'N', kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2025-01-06', code: 'S',
  acquiredDisposed: 'D', shares: 6618, pricePerShare: 417.043, value: 2759991, sharesOwnedAfter: 21542, directOrIndirect: 'D',
};

/** The body's rows, each its cells' markup, as an issuer (or person) page draws them. */
function bodyRows(lines: TransactionLine[], variant: 'issuer' | 'person' = 'issuer'): string[] {
  const html = renderToStaticMarkup(createElement(TransactionsTable, {
    ...toTableRows(lines, variant), view: parseTableView(new URLSearchParams('')), total: lines.length, pageCount: 1,
    basePath: '/issuers/1318605', variant, caption: 'Transactions',
    who: { name: variant === 'issuer' ? 'insider' : 'issuer', label: 'Who', options: [] },
  }));
  const body = html.slice(html.indexOf('<tbody>') + '<tbody>'.length, html.indexOf('</tbody>'));
  return body.split('</tr>').filter(Boolean).map((row) => row.replace(/^<tr>/, ''));
}

describe('the transactions table’s cells', () => {
  it('write a plain row as twelve bare cells', () => {
    expect(bodyRows([line])).toEqual([
      '<td>Jan 6, 2025</td><td><a href="/people/1331680">Kathleen Wilson-Thompson</a></td><td><span class="director">Director</span></td>'
      + '<td>Common Stock</td><td><b class="sell">S</b> Sale</td><td><b class="sell">D</b></td>'
      + '<td>6,618</td><td>$417.043</td><td>$2,759,991</td><td>21,542</td><td>D</td>'
      + '<td><a href="/filings/0000950170-25-003585">Form 4</a><span>Jan 8, 2025</span></td>',
    ]);
  });

  it('show what a filing says as text: a script, tags, quotes and ampersands are escaped, in text and in attributes', () => {
    const [row] = bodyRows([{
      ...line, securityTitle: '<script>alert("x")</script>', ownerName: `O'Brien & <b>Sons</b>`, isDirector: false, isOfficer: true,
      officerTitle: 'Chief "Technoking" <i>of</i> Tesla', directOrIndirect: '<I>', shares: 'See <a href="x">note</a>',
    }]);
    const cells = row!.split('</td>').map((cell) => cell.replace(/^<td>/, ''));
    // The name as filed is "Last First": read back in order, still text.
    expect(cells[1]).toBe('<a href="/people/1331680">&amp; &lt;b&gt;Sons&lt;/b&gt; O&#x27;Brien</a>');
    expect(cells[2]).toBe('<span class="officer" title="Chief &quot;Technoking&quot; &lt;i&gt;of&lt;/i&gt; Tesla">Chief &quot;Technoking&quot; &lt;i&gt;of&lt;/i&gt; Tesla</span>');
    expect(cells[3]).toBe('<span class="clip" title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</span>');
    expect(cells[6]).toBe('<span class="italic muted">See &lt;a href=&quot;x&quot;&gt;note&lt;/a&gt;</span>');
    expect(cells[10]).toBe('&lt;I&gt;');
    expect(row).not.toContain('<script');
  });

  it('show a person page’s issuer as text, its ticker beside it', () => {
    const [row] = bodyRows([{ ...line, issuerName: `AT&T "Ma Bell" <Inc>`, issuerTicker: 'T' }], 'person');
    expect(row).toContain('<td><a href="/issuers/1318605">AT&amp;T &quot;Ma Bell&quot; &lt;Inc&gt;</a><span class="ticker">T</span></td>');
  });

  it('write amounts as the tables show them: thousands grouped, prices in cents, dollars whole, text filed muted, nothing a dash', () => {
    const amounts = (l: Partial<TransactionLine>) => bodyRows([{ ...line, ...l }])[0]!.split('</td>').slice(6, 10).map((c) => c.replace(/^<td>/, ''));
    expect(amounts({ shares: 410816613, pricePerShare: 371.9, value: 8381510, sharesOwnedAfter: 66834.25 }))
      .toEqual(['410,816,613', '$371.90', '$8,381,510', '66,834.25']);
    expect(amounts({ shares: 0, pricePerShare: 1000, value: -13, sharesOwnedAfter: 999 })).toEqual(['0', '$1,000.00', '-$13', '999']);
    expect(amounts({ shares: null, pricePerShare: 'See footnote', value: null, sharesOwnedAfter: 1000 }))
      .toEqual(['<span class="faint">—</span>', '<span class="italic muted">See footnote</span>', '<span class="faint">—</span>', '1,000']);
  });
});
