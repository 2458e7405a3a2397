// The holdings chart's steps as text, and their dots and rows as React renders them, written out by hand.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decodeSteps, elementsOf, encodeSteps, stepElements, type PlotStep } from './holdings-markup';
import { HoldingsPlot } from './holdings-plot';

const purchase: PlotStep = { date: '2020-01-02', code: 'P', directOrIndirect: 'D', sharesOwnedAfter: 1500, x: 64, y: 148.5 };
const gift: PlotStep = { date: '2020-01-02', code: 'G', directOrIndirect: 'D', sharesOwnedAfter: 1200.5, x: 70, y: 150 };
const byTrust: PlotStep = { date: '2020-03-04', code: null, directOrIndirect: 'I', sharesOwnedAfter: 20, x: 300, y: 10 };

// Inside an <svg>, as in the chart: elsewhere React 19 would hoist a <title> to the document's head.
const svgHtml = (elements: ReactElement[]) => renderToStaticMarkup(createElement('svg', null, elements)).replace(/^<svg>|<\/svg>$/g, '');
const tableHtml = (rows: ReactElement[]) => renderToStaticMarkup(createElement('table', null, createElement('tbody', null, rows)));

describe('the steps sent to the island', () => {
  it('are a line each: date, code, D or I, shares held after, and the dot’s place', () => {
    expect(encodeSteps([purchase, gift, byTrust])).toBe('2020-01-02 P D 1500 64 148.5\n2020-01-02 G D 1200.5 70 150\n2020-03-04  I 20 300 10');
  });

  it('read back into the same steps', () => {
    expect(decodeSteps('2020-01-02 P D 1500 64 148.5\n2020-03-04  I 20 300 10')).toEqual([purchase, byTrust]);
    expect(decodeSteps('')).toEqual([]);
  });

  it('carry a filed code with spaces, a newline or markup unharmed', () => {
    const odd = { ...purchase, code: 'J <b>\n&' };
    expect(encodeSteps([odd])).toBe('2020-01-02 J%20%3Cb%3E%0A%26 D 1500 64 148.5');
    expect(decodeSteps(encodeSteps([odd]))[0]!.code).toBe('J <b>\n&');
  });
});

describe('the dots and rows of the steps', () => {
  const { marks, rows } = stepElements([purchase, gift, byTrust], ['D', 'I']);

  it('are a circle per step whose title is its transaction in words, then the letters above the dots', () => {
    // G is 6 units right of P: too close for its letter. No letter for the step without a code.
    expect(svgHtml(marks.D)).toBe(
      '<circle cx="64" cy="148.5" r="3"><title>Jan 2, 2020: P (Open-market or private purchase), 1,500 shares held directly after</title></circle>' +
      '<circle cx="70" cy="150" r="3"><title>Jan 2, 2020: G (Gift), 1,200.5 shares held directly after</title></circle>' +
      '<g aria-hidden="true"><text x="64" y="141.5">P</text></g>',
    );
    expect(svgHtml(marks.I)).toBe('<circle cx="300" cy="10" r="3"><title>Mar 4, 2020: no code, 20 shares held indirectly after</title></circle>');
  });

  it('never write a letter above the drawing', () => {
    expect(svgHtml(stepElements([{ ...byTrust, code: 'S' }], ['I']).marks.I)).toContain('<text x="300" y="12">S</text>');
  });

  it('give each step a row of the table, oldest first', () => {
    expect(tableHtml(rows)).toBe(
      '<table><tbody>' +
      '<tr><td>Jan 2, 2020</td><td class="code"><b>P</b><span>Open-market or private purchase</span></td><td>Direct</td><td class="num">1,500</td></tr>' +
      '<tr><td>Jan 2, 2020</td><td class="code"><b>G</b><span>Gift</span></td><td>Direct</td><td class="num">1,200.5</td></tr>' +
      '<tr><td>Mar 4, 2020</td><td class="code"><b>—</b></td><td>Indirect</td><td class="num">20</td></tr>' +
      '</tbody></table>',
    );
  });

  it('escape a filed code with markup and quotes in the tooltip, the letter and the row', () => {
    const odd = stepElements([{ ...purchase, code: `<x>&"'` }], ['D']);
    expect(svgHtml(odd.marks.D)).toBe(
      '<circle cx="64" cy="148.5" r="3"><title>Jan 2, 2020: &lt;x&gt;&amp;&quot;&#x27;, 1,500 shares held directly after</title></circle>' +
      '<g aria-hidden="true"><text x="64" y="141.5">&lt;x&gt;&amp;&quot;&#x27;</text></g>',
    );
    expect(tableHtml(odd.rows)).toBe(
      '<table><tbody><tr><td>Jan 2, 2020</td><td class="code"><b>&lt;x&gt;&amp;&quot;&#x27;</b></td><td>Direct</td><td class="num">1,500</td></tr></tbody></table>',
    );
  });

  it('are built once for the same chart', () => {
    const steps = encodeSteps([purchase, byTrust]);
    expect(elementsOf(steps, ['D', 'I'])).toBe(elementsOf(steps, ['D', 'I']));
    expect(elementsOf(steps, ['D'])).not.toBe(elementsOf(steps, ['D', 'I']));
  });
});

describe('the plot', () => {
  it('draws a line’s dots in its group, which alone carries their line, colour, fill and letters’ font', () => {
    const markup = renderToStaticMarkup(createElement(HoldingsPlot, {
      id: 'h', title: 'T', desc: 'D', caption: 'C', steps: encodeSteps([byTrust]),
      lines: [{ key: 'I', path: 'M300,10H400' }], xTicks: [], yTicks: [],
    }));
    expect(markup).toContain(
      '<g data-line="I" class="text-amber-700 dark:text-amber-400" fill="currentColor" text-anchor="middle" font-size="10" font-weight="600">' +
      '<path d="M300,10H400" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"></path>' +
      '<circle cx="300" cy="10" r="3"><title>Mar 4, 2020: no code, 20 shares held indirectly after</title></circle></g>',
    );
    expect(markup).toContain('<tbody><tr><td>Mar 4, 2020</td><td class="code"><b>—</b></td><td>Indirect</td><td class="num">20</td></tr></tbody>');
  });
});
