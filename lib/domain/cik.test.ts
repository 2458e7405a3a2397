import { describe, expect, it } from 'vitest';
import { padCik, parseCik } from './cik';

describe('parseCik', () => {
  it('reads a CIK in any of its written forms as the unpadded digits', () => {
    expect(parseCik('0000046129')).toBe('46129');
    expect(parseCik(' 46129 ')).toBe('46129');
    expect(parseCik('CIK0000046129')).toBe('46129');
    expect(parseCik('cik46129')).toBe('46129');
    expect(parseCik(46129)).toBe('46129');
    expect(parseCik('0')).toBe('0');
  });

  it('answers null for anything that is not up to 10 digits', () => {
    for (const bad of ['46129x', '', '   ', '12345678901', '46129; rm', '-5', '4.5', '1e3', 'CIK', null, undefined]) {
      expect(parseCik(bad), String(bad)).toBeNull();
    }
  });
});

describe('padCik', () => {
  it('pads to the 10 digits EDGAR uses', () => {
    expect(padCik('46129')).toBe('0000046129');
    expect(padCik('1234567890')).toBe('1234567890');
  });
});
