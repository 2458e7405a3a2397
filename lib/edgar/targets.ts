// What a search or a URL can name that EDGAR could be asked for. Pure: used by pages and the
// browser island alike.
import { parseCik } from '../domain/cik';

export type EdgarTarget = { cik: string } | { ticker: string };

/** A CIK (digits) or a ticker-shaped word (`AMOT`, `BRK.B`); `null` for anything else (a name). */
export function edgarTargetOf(text: string): EdgarTarget | null {
  const t = text.trim();
  const cik = parseCik(t);
  if (cik !== null && cik !== '0') return { cik };
  if (/^[A-Za-z]{1,5}([.-][A-Za-z]{1,2})?$/.test(t)) return { ticker: t.toUpperCase() };
  return null;
}

/** The target an app URL names: `/issuers/46129` or `/ticker/amot`. */
export function edgarTargetOfPath(pathname: string): EdgarTarget | null {
  const m = /^\/(issuers|ticker)\/([^/?#]+)\/?$/.exec(pathname);
  if (!m) return null;
  const value = decodeURIComponent(m[2]!);
  const target = edgarTargetOf(value);
  if (!target) return null;
  return m[1] === 'issuers' ? ('cik' in target ? target : null) : 'ticker' in target ? target : null;
}

export const describeTarget = (t: EdgarTarget): string => ('cik' in t ? `CIK ${t.cik}` : t.ticker);
