import { describe, expect, it } from 'vitest';
import { filedFromOf, filedToOf } from './filing-window';
import { parseClusterParams, parseClusterParamsStrict, parseTradeParams, parseTradeParamsStrict } from './trade-params';
import { TRADE_PRESETS, toTradeQueryString } from './trade-urls';

const strict = (query: string) => parseTradeParamsStrict(new URLSearchParams(query));
const lenient = (query: string) => parseTradeParams(new URLSearchParams(query));

describe('trade parameters', () => {
  it('has the defaults for an empty query', () => {
    expect(lenient('')).toEqual({
      params: {
        codes: [], ad: null, roles: [], from: null, to: null, filedFrom: null, filedTo: null, days: null,
        minValue: null, maxValue: null, minPrice: null, maxPrice: null, minOwnChange: null, issuer: null, sic: null, owner: null,
        derivative: 'include', tenb5One: null, amendments: 'amended', pattern: null, late: false, sort: 'filed', dir: 'desc', page: 1, size: 50, format: 'json',
      },
      ignored: [],
    });
  });

  it('reads every parameter by the names the issue lists', () => {
    const r = strict(
      'code=p,S&ad=d&role=ceo,tenPercentOwner&from=2024-01-01&to=2024-01-31&filedFrom=2024-01-02&filedTo=2024-02-01&days=7' +
        '&minValue=100000&maxValue=100000&minPrice=0&maxPrice=12.5&minOwnChange=10&issuer=tsla&sic=28&owner=0001494730' +
        '&derivative=only&tenb5One=unknown&amendments=filed&pattern=Opportunistic&late=1&sort=value&dir=asc&page=3&size=1000&format=csv',
    );
    expect(r).toEqual({
      ok: true,
      params: {
        codes: ['P', 'S'], ad: 'D', roles: ['tenPercentOwner', 'ceo'], from: '2024-01-01', to: '2024-01-31',
        filedFrom: '2024-01-02', filedTo: '2024-02-01', days: 7, minValue: 100000, maxValue: 100000, minPrice: 0, maxPrice: 12.5,
        minOwnChange: 10, issuer: { ticker: 'TSLA' }, sic: '28', owner: '1494730', derivative: 'only', tenb5One: 'unknown', amendments: 'filed',
        pattern: 'opportunistic', late: true, sort: 'value', dir: 'asc', page: 3, size: 1000, format: 'csv',
      },
    });
  });

  it('reads the pattern and late filters, names a wrong value, and writes them back', () => {
    expect(lenient('pattern=sometimes&late=yes').ignored).toEqual([
      { param: 'pattern', message: 'must be one of routine, opportunistic, unclassified' },
      { param: 'late', message: 'must be 1 (filed late only)' },
    ]);
    expect(strict('pattern=routine&late=0')).toMatchObject({ ok: false, problems: [{ param: 'late' }] });
    const { params } = lenient('code=P&pattern=routine&late=1');
    expect(toTradeQueryString(params)).toBe('?code=P&pattern=routine&late=1');
  });

  it('takes an industry as a SIC code or its first digits, names anything else, and writes it back', () => {
    expect(toTradeQueryString(lenient('sic=2834&code=P').params)).toBe('?code=P&sic=2834');
    expect(lenient('sic=2').params.sic).toBe('2');
    for (const bad of ['28341', 'pharma', '-28', '2834.0']) {
      expect(strict(`sic=${bad}`), bad).toEqual({ ok: false, problems: [{ param: 'sic', message: 'must be a SIC code or its first digits: 1 to 4 digits (e.g. 2834, or 28 for its major group)' }] });
    }
  });

  it('takes an issuer as a CIK (unpadded) or a ticker, and joins repeated codes', () => {
    expect(lenient('issuer=0000046129').params.issuer).toEqual({ cik: '46129' });
    expect(lenient('issuer=brk.b').params.issuer).toEqual({ ticker: 'BRK.B' });
    expect(lenient('code=P&code=S').params.codes).toEqual(['P', 'S']);
  });

  it('accepts equal bounds (inclusive ranges)', () => {
    const r = strict('from=2024-03-01&to=2024-03-01&minValue=5&maxValue=5&minPrice=1&maxPrice=1');
    expect(r.ok).toBe(true);
  });

  it('leaves derivative rows out by default only where dollars are ranked or filtered', () => {
    expect(lenient('').params.derivative).toBe('include');
    expect(lenient('sort=value').params.derivative).toBe('exclude');
    expect(lenient('minValue=1').params.derivative).toBe('exclude');
    expect(lenient('maxPrice=10').params.derivative).toBe('exclude');
    expect(lenient('sort=price').params.derivative).toBe('exclude');
    expect(lenient('minValue=1&derivative=include').params.derivative).toBe('include');
  });

  it('names each bad parameter for the API', () => {
    const r = strict(`code=P,Q&minValue=-5&from=2024-05-01&to=2024-04-01&role=ceo,king&size=1001&issuer=${'x'.repeat(10_000)}&sort=name&days=0`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.param).sort()).toEqual(['code', 'days', 'issuer', 'minValue', 'role', 'size', 'sort', 'to']);
    expect(r.problems.find((p) => p.param === 'code')!.message).toMatch(/unknown transaction code "Q"/);
    expect(r.problems.find((p) => p.param === 'to')!.message).toBe('to (2024-04-01) is before from (2024-05-01)');
    expect(r.problems.find((p) => p.param === 'issuer')!.message).toMatch(/10000 characters/);
    expect(r.problems.find((p) => p.param === 'minValue')!.message).toMatch(/0 or more/);
  });

  it('drops bad values for the page and says which, keeping the good ones', () => {
    const { params, ignored } = lenient('code=P&minValue=abc&from=2024-13-01&maxPrice=1e3&role=officer&tenb5One=maybe');
    expect(params).toMatchObject({ codes: ['P'], minValue: null, from: null, maxPrice: null, roles: ['officer'], tenb5One: null });
    expect(ignored.map((p) => p.param).sort()).toEqual(['from', 'maxPrice', 'minValue', 'tenb5One']);
  });

  it('drops both ends of a reversed range on the page', () => {
    const { params, ignored } = lenient('minValue=10&maxValue=5');
    expect(params).toMatchObject({ minValue: null, maxValue: null });
    expect(ignored).toEqual([{ param: 'maxValue', message: 'maxValue (5) is below minValue (10)' }]);
  });

  it('reads the window and minimum insiders of clusters, with their defaults', () => {
    expect(parseClusterParams(new URLSearchParams('')).params).toMatchObject({ minInsiders: 2, window: 10, sort: 'date' });
    expect(parseClusterParams(new URLSearchParams('minInsiders=3&window=30&sort=insiders')).params).toMatchObject({ minInsiders: 3, window: 30, sort: 'insiders' });
    const bad = parseClusterParamsStrict(new URLSearchParams('minInsiders=1&window=x&sort=filed'));
    expect(bad.ok ? [] : bad.problems.map((p) => p.param).sort()).toEqual(['minInsiders', 'sort', 'window']);
  });

  it('reads a page record as Next passes searchParams', () => {
    expect(parseTradeParams({ code: ['P', 'S'], days: '30', ad: undefined }).params).toMatchObject({ codes: ['P', 'S'], days: 30, ad: null });
  });
});

describe('filing-date window', () => {
  it('counts days back from today and takes the later of the two lower bounds', () => {
    expect(filedFromOf({ filedFrom: null, days: 7 }, '2024-03-08')).toBe('2024-03-01');
    expect(filedFromOf({ filedFrom: '2024-03-05', days: 7 }, '2024-03-08')).toBe('2024-03-05');
    expect(filedFromOf({ filedFrom: '2024-01-01', days: 30 }, '2024-03-01')).toBe('2024-01-31');
    expect(filedFromOf({ filedFrom: '2024-01-01', days: null }, '2024-03-01')).toBe('2024-01-01');
    expect(filedToOf({ filedTo: null, days: 7 }, '2024-03-08')).toBe('2024-03-08');
    expect(filedToOf({ filedTo: '2024-03-05', days: 7 }, '2024-03-08')).toBe('2024-03-05');
    expect(filedToOf({ filedTo: '2024-03-05', days: null }, '2024-03-08')).toBe('2024-03-05');
  });
});

describe('query strings', () => {
  it('round-trips each preset and leaves defaults out', () => {
    for (const preset of TRADE_PRESETS) {
      const { params, ignored } = lenient(preset.query.slice(1));
      expect(ignored).toEqual([]);
      expect(toTradeQueryString(params)).toBe(preset.query);
    }
    expect(toTradeQueryString(lenient('').params)).toBe('');
    expect(toTradeQueryString(lenient('sort=value&derivative=include&page=2').params)).toBe('?derivative=include&sort=value&dir=desc&page=2');
  });

  it('writes cluster parameters', () => {
    expect(toTradeQueryString(parseClusterParams(new URLSearchParams('window=20&minInsiders=3')).params)).toBe('?minInsiders=3&window=20');
  });
});
