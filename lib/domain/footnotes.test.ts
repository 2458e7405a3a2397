import { describe, expect, it } from 'vitest';
import { footnoteNumbers, indexFootnotes } from './footnotes';

describe('footnote numbers', () => {
  it('numbers footnotes by their order in the list, not by their ids', () => {
    expect([...footnoteNumbers([{ id: 'F3', text: '' }, { id: 'F1', text: '' }])]).toEqual([['F3', 1], ['F1', 2]]);
  });

  it('indexes each footnote’s number and text by its id', () => {
    const index = indexFootnotes([{ id: 'F2', text: 'Weighted average price.' }, { id: 'F7', text: 'Rule 10b5-1 plan.' }]);
    expect(index.numbers.get('F7')).toBe(2);
    expect(index.texts.get('F7')).toBe('Rule 10b5-1 plan.');
    expect(index.numbers.get('F1')).toBeUndefined();
  });
});
