import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, hasFilters, parseTableView, parseTableViewReport, rawQueryString, showsAll, toQueryString, withoutEmptyParams } from './search-params';

describe('parseTableView', () => {
  it('gives the defaults for no parameters: newest first, 50 a page, no filters', () => {
    const defaults = {
      sort: 'date', dir: 'desc', page: 1, pageSize: 50, codes: [], ad: null, role: null, from: null, to: null, insider: null, issuer: null,
      pattern: null, late: false,
    };
    expect(DEFAULT_VIEW).toEqual(defaults);
    expect(parseTableView({})).toEqual(defaults);
    expect(parseTableView(undefined)).toEqual(defaults);
  });

  it('reads every parameter of a well-formed URL', () => {
    const view = parseTableView(
      new URLSearchParams('sort=price&dir=asc&page=3&size=100&code=p,S&ad=d&role=ten-percent&from=2024-01-01&to=2024-12-31&insider=0001240569&issuer=46129&pattern=opportunistic&late=1'),
    );
    expect(view).toEqual({
      sort: 'price', dir: 'asc', page: 3, pageSize: 100, codes: ['P', 'S'], ad: 'D', role: 'ten-percent',
      from: '2024-01-01', to: '2024-12-31', insider: '1240569', issuer: '46129', pattern: 'opportunistic', late: true,
    });
  });

  it('falls back to the default for each malformed parameter, keeping the good ones', () => {
    const view = parseTableView({
      sort: 'price; drop table filings', dir: 'sideways', page: '-4', size: '7', code: ['P', '<script>', 'SS'],
      ad: 'X', role: 'king', from: '2024-02-30', to: 'yesterday', insider: 'abc', issuer: '12345678901',
      pattern: 'Routine', late: 'yes',
    });
    expect(view).toEqual({ ...DEFAULT_VIEW, codes: ['P'] });
  });

  it('takes the first of repeated scalar parameters and all repeated codes', () => {
    const view = parseTableView({ sort: ['value', 'date'], code: ['S', 'P', 'S'] });
    expect(view.sort).toBe('value');
    expect(view.codes).toEqual(['P', 'S']);
  });

  it('sorts amounts and dates descending and text ascending when no direction is given', () => {
    expect(parseTableView({ sort: 'shares' }).dir).toBe('desc');
    expect(parseTableView({ sort: 'insider' }).dir).toBe('asc');
  });

  it('never throws, whatever the input', () => {
    const weird = [{ page: '1e9' }, { page: '99999999999' }, { size: '' }, { code: '' }, { from: '' }, { '': 'x' }, { page: ['2', '3'] }];
    for (const params of weird) expect(() => parseTableView(params)).not.toThrow();
    expect(parseTableView({ page: '1e9' }).page).toBe(1);
  });
});

describe('toQueryString', () => {
  it('is empty for the default view', () => {
    expect(toQueryString(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips through parseTableView', () => {
    const view = parseTableView(new URLSearchParams('sort=owned&dir=asc&code=S&ad=D&role=officer&from=2023-01-01&insider=2&pattern=routine&late=1&page=2&size=25'));
    expect(view).toMatchObject({
      sort: 'owned', dir: 'asc', codes: ['S'], ad: 'D', role: 'officer', from: '2023-01-01', insider: '2', pattern: 'routine', late: true, page: 2, pageSize: 25,
    });
    expect(toQueryString(view)).toBe('?sort=owned&dir=asc&code=S&ad=D&role=officer&from=2023-01-01&insider=2&pattern=routine&late=1&size=25&page=2');
    expect(parseTableView(new URLSearchParams(toQueryString(view).slice(1)))).toEqual(view);
  });

  it('applies overrides, as sort links do', () => {
    const view = parseTableView({ code: 'P', page: '4' });
    expect(toQueryString(view, { sort: 'price', dir: 'asc', page: 1 })).toBe('?sort=price&dir=asc&code=P');
  });
});

describe('helpers', () => {
  it('knows when a view is filtered', () => {
    expect(hasFilters(DEFAULT_VIEW)).toBe(false);
    expect(hasFilters(parseTableView({ sort: 'price' }))).toBe(false);
    expect(hasFilters(parseTableView({ role: 'director' }))).toBe(true);
    expect(hasFilters(parseTableView({ pattern: 'unclassified' }))).toBe(true);
    expect(hasFilters(parseTableView({ late: '1' }))).toBe(true);
    expect(hasFilters(parseTableView({ late: '0' }))).toBe(false);
  });

  it('rebuilds a query string as given, for redirects', () => {
    expect(rawQueryString({ sort: 'price', code: ['P', 'S'], none: undefined })).toBe('?sort=price&code=P&code=S');
    expect(rawQueryString({})).toBe('');
  });
});

describe('showsAll', () => {
  it('asks for a whole long list only with list=all', () => {
    expect(showsAll({ insiders: 'all' }, 'insiders')).toBe(true);
    expect(showsAll(new URLSearchParams('companies=all&sort=price'), 'companies')).toBe(true);
    expect(showsAll({ insiders: 'all' }, 'companies')).toBe(false);
    expect(showsAll({ insiders: ['yes', 'all'] }, 'insiders')).toBe(false);
    expect(showsAll({}, 'insiders')).toBe(false);
    expect(showsAll(null, 'insiders')).toBe(false);
  });
});

describe('parseTableViewReport', () => {
  it('says which values it left out, and why', () => {
    const { view, ignored } = parseTableViewReport(new URLSearchParams('code=ZZ&ad=X&from=2024-02-30&pattern=sometimes&size=7&insider=abc&sort=price'));
    expect(view).toEqual({ ...DEFAULT_VIEW, sort: 'price', dir: 'desc' });
    expect(ignored).toEqual([
      { param: 'size', value: '7', message: 'not a page size (25, 50, 100, 200)' },
      { param: 'code', value: 'ZZ', message: 'not a transaction code' },
      { param: 'ad', value: 'X', message: 'not A or D' },
      { param: 'from', value: '2024-02-30', message: 'not a date (YYYY-MM-DD)' },
      { param: 'insider', value: 'abc', message: 'not a CIK' },
      { param: 'pattern', value: 'sometimes', message: 'not a pattern (routine, opportunistic, unclassified)' },
    ]);
  });

  it('keeps the good codes of a list and names only the bad ones (a letter that is no code too)', () => {
    const { view, ignored } = parseTableViewReport({ code: 'P,zz,Q,s' });
    expect(view.codes).toEqual(['P', 'S']);
    expect(ignored).toEqual([{ param: 'code', value: 'zz,Q', message: 'not a transaction code' }]);
  });

  it('finds nothing wrong with good values, empty ones or parameters of other parts of the page', () => {
    expect(parseTableViewReport(new URLSearchParams('code=p&ad=d&role=&from=&insider=0001240569&late=1&pattern=routine&insiders=all&page=2')).ignored).toEqual([]);
  });
});

describe('withoutEmptyParams', () => {
  it('drops the empty fields a GET form sends, and says nothing when there are none', () => {
    expect(withoutEmptyParams({ code: 'S', ad: '', role: '', insider: '', from: '', to: '', size: '50' })).toBe('?code=S&size=50');
    expect(withoutEmptyParams({ code: 'P,S', ad: '' })).toBe('?code=P,S');
    expect(withoutEmptyParams({ ad: '' })).toBe('');
    expect(withoutEmptyParams({ code: 'S' })).toBeNull();
    expect(withoutEmptyParams({})).toBeNull();
  });
});
