// The holdings chart's steps as text and as markup, written out by hand.
import { describe, expect, it } from 'vitest';
import { decodeSteps, encodeSteps, escapeText, stepMarkup, type PlotStep } from './holdings-markup';

const purchase: PlotStep = { date: '2020-01-02', code: 'P', directOrIndirect: 'D', sharesOwnedAfter: 1500, x: 64, y: 148.5 };
const gift: PlotStep = { date: '2020-01-02', code: 'G', directOrIndirect: 'D', sharesOwnedAfter: 1200.5, x: 70, y: 150 };
const byTrust: PlotStep = { date: '2020-03-04', code: null, directOrIndirect: 'I', sharesOwnedAfter: 20, x: 300, y: 10 };

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

describe('the markup of the steps', () => {
  const { marks, rows } = stepMarkup([purchase, gift, byTrust], ['D', 'I']);

  it('gives each step a dot with its transaction in words', () => {
    expect(marks.D).toContain('<circle cx="64" cy="148.5" r="3" data-step="D"><title>Jan 2, 2020: P (Open-market or private purchase), 1,500 shares held directly after</title></circle>');
    expect(marks.I).toBe('<circle cx="300" cy="10" r="3" data-step="I"><title>Mar 4, 2020: no code, 20 shares held indirectly after</title></circle>');
  });

  it('writes a code’s letter 7 units above its dot, not within 14 units of the last letter, and never above the drawing', () => {
    // G is 6 units right of P: too close for its letter. No letter for the step without a code.
    expect(marks.D).toMatch(/<g aria-hidden="true"><text x="64" y="141.5">P<\/text><\/g>$/);
    expect(marks.D.match(/<circle /g)).toHaveLength(2);
    const top = stepMarkup([{ ...byTrust, code: 'S' }], ['I']);
    expect(top.marks.I).toContain('<text x="300" y="12">S</text>');
  });

  it('gives each step a row of the table, oldest first', () => {
    expect(rows).toBe(
      '<tr><td>Jan 2, 2020</td><td class="code"><b>P</b><span>Open-market or private purchase</span></td><td>Direct</td><td class="num">1,500</td></tr>' +
      '<tr><td>Jan 2, 2020</td><td class="code"><b>G</b><span>Gift</span></td><td>Direct</td><td class="num">1,200.5</td></tr>' +
      '<tr><td>Mar 4, 2020</td><td class="code"><b>—</b></td><td>Indirect</td><td class="num">20</td></tr>',
    );
  });

  it('escapes a filed code in the tooltip, the letter and the row', () => {
    const { marks: odd, rows: oddRows } = stepMarkup([{ ...purchase, code: '<x>&"' }], ['D']);
    expect(odd.D).toContain('<title>Jan 2, 2020: &lt;x&gt;&amp;&quot;, 1,500 shares held directly after</title>');
    expect(odd.D).toContain('>&lt;x&gt;&amp;&quot;</text>');
    expect(oddRows).toContain('<b>&lt;x&gt;&amp;&quot;</b>');
    expect(escapeText("it's")).toBe('it&#39;s');
  });
});
