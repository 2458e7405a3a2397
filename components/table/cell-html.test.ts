import { describe, expect, it } from 'vitest';
import { amountHtml, el, esc, grouped } from './cell-html';

describe('cell HTML', () => {
  it('escapes text and attribute values as React does', () => {
    expect(esc(`<a href="x">O'Brien & Sons</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#x27;Brien &amp; Sons&lt;/a&gt;');
    expect(el('span', { class: 'clip', title: '"quoted"', id: undefined }, 'x')).toBe('<span class="clip" title="&quot;quoted&quot;">x</span>');
  });

  it('writes amounts as the tables show them: thousands grouped, dollars whole, text filed muted, nothing a dash', () => {
    expect(grouped(0)).toBe('0');
    expect(grouped(999)).toBe('999');
    expect(grouped(1000)).toBe('1,000');
    expect(grouped(-1234567)).toBe('-1,234,567');
    expect(amountHtml(410816613, 'shares')).toBe('410,816,613');
    expect(amountHtml(66834.25, 'shares')).toBe('66,834.25');
    expect(amountHtml(8381510, 'dollars')).toBe('$8,381,510');
    expect(amountHtml(-13, 'dollars')).toBe('-$13');
    expect(amountHtml(371.9, 'price')).toBe('$371.90');
    expect(amountHtml(1000, 'price')).toBe('$1,000.00');
    expect(amountHtml('See footnote', 'price')).toBe('<span class="italic muted">See footnote</span>');
    expect(amountHtml(null, 'shares')).toBe('<span class="faint">—</span>');
  });
});
