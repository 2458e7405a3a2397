// The screener's and cluster view's URLs: the canonical query string of parsed parameters (for
// links, presets and feeds) and the presets, each just a query string on /trades.
import {
  AMOUNT_PARAMS,
  DATE_PARAMS,
  DEFAULT_CLUSTER_WINDOW,
  DEFAULT_MIN_INSIDERS,
  DEFAULT_TRADE_PAGE_SIZE,
  derivativeDefault,
  type ClusterParams,
  type TradeParams,
} from './trade-params';

/** The canonical query string (defaults left out), "?a=1&b=2" or "" — for links, presets and feeds. */
export function toTradeQueryString(
  params: TradeParams | ClusterParams,
  overrides: Partial<TradeParams> | Partial<ClusterParams> = {},
): string {
  const p = { ...params, ...overrides } as TradeParams & Partial<ClusterParams>;
  const q = new URLSearchParams();
  if ('codes' in p && p.codes.length) q.set('code', p.codes.join(','));
  if (p.ad) q.set('ad', p.ad);
  if (p.roles.length) q.set('role', p.roles.join(','));
  for (const name of DATE_PARAMS) if (p[name]) q.set(name, p[name]!);
  if (p.days !== null) q.set('days', String(p.days));
  for (const name of AMOUNT_PARAMS) if (p[name] !== null) q.set(name, String(p[name]));
  if (p.issuer) q.set('issuer', 'cik' in p.issuer ? p.issuer.cik : p.issuer.ticker);
  if (p.sic) q.set('sic', p.sic);
  if (p.owner) q.set('owner', p.owner);
  if (p.derivative !== derivativeDefault(p)) q.set('derivative', p.derivative);
  if (p.tenb5One) q.set('tenb5One', p.tenb5One);
  if (p.amendments !== 'amended') q.set('amendments', p.amendments);
  if (p.pattern) q.set('pattern', p.pattern);
  if (p.late) q.set('late', '1');
  if (p.minInsiders !== undefined && p.minInsiders !== DEFAULT_MIN_INSIDERS) q.set('minInsiders', String(p.minInsiders));
  if (p.window !== undefined && p.window !== DEFAULT_CLUSTER_WINDOW) q.set('window', String(p.window));
  const defaultSort = 'codes' in p ? 'filed' : 'date';
  if (p.sort !== defaultSort || p.dir !== 'desc') {
    q.set('sort', p.sort);
    q.set('dir', p.dir);
  }
  if (p.size !== DEFAULT_TRADE_PAGE_SIZE) q.set('size', String(p.size));
  if (p.page > 1) q.set('page', String(p.page));
  if (p.format !== 'json') q.set('format', p.format);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The screener's presets: each is just a query string on /trades. */
export const TRADE_PRESETS = [
  { id: 'latest-purchases', label: 'Latest purchases', query: '?code=P' },
  { id: 'latest-sales', label: 'Latest sales', query: '?code=S' },
  { id: 'officer-purchases-week', label: 'Officer purchases over $100k this week', query: '?code=P&role=officer&days=7&minValue=100000' },
  { id: 'purchases-1m-month', label: 'Purchases over $1M this month', query: '?code=P&days=30&minValue=1000000' },
  { id: 'ceo-cfo-sales', label: 'CEO and CFO sales', query: '?code=S&role=ceo,cfo' },
  { id: 'opportunistic', label: 'Opportunistic trades', query: '?pattern=opportunistic' },
  { id: 'filed-late', label: 'Filed late', query: '?late=1' },
] as const;
