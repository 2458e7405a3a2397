// Counts taken from a filing's raw text with plain string matching, independent of the parser,
// so that a store test compares against what the XML holds, not against the parser's opinion.

export interface RawCounts {
  reportingOwners: number;
  nonDerivative: number;
  derivative: number;
  footnotes: number;
  signatures: number;
}

function withoutComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

function count(xml: string, element: string): number {
  // `<name>` or `<name attr...>` or `<prefix:name ...>`, not `<nameSomethingElse>`.
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${element}(?=[\\s/>])`, 'g');
  return xml.match(re)?.length ?? 0;
}

/** The ownership document inside `text` (a bare XML or a submission), by element counts. */
export function rawCounts(text: string): RawCounts {
  const xml = withoutComments(text);
  const footnotesBlock = /<(?:[\w.-]+:)?footnotes[\s>][\s\S]*?<\/(?:[\w.-]+:)?footnotes>/.exec(xml)?.[0] ?? '';
  return {
    reportingOwners: count(xml, 'reportingOwner'),
    nonDerivative: count(xml, 'nonDerivativeTransaction') + count(xml, 'nonDerivativeHolding'),
    derivative: count(xml, 'derivativeTransaction') + count(xml, 'derivativeHolding'),
    footnotes: count(footnotesBlock, 'footnote'),
    signatures: count(xml, 'ownerSignature'),
  };
}

/** One row of Table I or II as the raw text has it, read with regular expressions (no XML parser). */
export interface RawRow {
  table: 'N' | 'D';
  kind: 'transaction' | 'holding';
  securityTitle: string | null;
  transactionDate: string | null;
  code: string | null;
  shares: number | string | null;
  pricePerShare: number | string | null;
  acquiredDisposed: string | null;
  sharesOwnedAfter: number | string | null;
  directOrIndirect: string | null;
  conversionOrExercisePrice: number | string | null;
  underlyingShares: number | string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name] ?? whole));
}

/** The text of `<element>` (or of its `<value>` child), trimmed; null when absent or empty. */
function rawText(block: string, element: string): string | null {
  const m = new RegExp(`<${element}>\\s*(?:<value>([^<]*)</value>|([^<]*)<)`).exec(block);
  const text = decode(m?.[1] ?? m?.[2] ?? '').trim();
  return text === '' ? null : text;
}

/** A plain decimal ("1,000.50") as a number, any other text as filed. */
function rawNumber(block: string, element: string): number | string | null {
  const text = rawText(block, element);
  if (text === null) return null;
  return /^-?[\d,]*\.?\d*$/.test(text) && /\d/.test(text) ? Number(text.replaceAll(',', '')) : text;
}

/** A date without its time zone ("2013-05-21-05:00" is 2013-05-21), other text as filed. */
function rawDate(block: string, element: string): string | null {
  const text = rawText(block, element);
  return text === null ? null : (/^(\d{4}-\d\d-\d\d)(?:Z|[+-]\d\d:\d\d)?$/.exec(text)?.[1] ?? text);
}

/** Every row of the ownership document in `text`, Table I then Table II, each in the order filed. */
export function rawRows(text: string): RawRow[] {
  const xml = withoutComments(text);
  const rows: RawRow[] = [];
  for (const table of ['N', 'D'] as const) {
    const prefix = table === 'N' ? 'nonDerivative' : 'derivative';
    for (const m of xml.matchAll(new RegExp(`<${prefix}(Transaction|Holding)>([\\s\\S]*?)</${prefix}\\1>`, 'g'))) {
      const b = m[2]!;
      rows.push({
        table,
        kind: m[1] === 'Transaction' ? 'transaction' : 'holding',
        securityTitle: rawText(b, 'securityTitle'),
        transactionDate: rawDate(b, 'transactionDate'),
        code: rawText(b, 'transactionCode'),
        shares: rawNumber(b, 'transactionShares'),
        pricePerShare: rawNumber(b, 'transactionPricePerShare'),
        acquiredDisposed: rawText(b, 'transactionAcquiredDisposedCode'),
        sharesOwnedAfter: rawNumber(b, 'sharesOwnedFollowingTransaction'),
        directOrIndirect: rawText(b, 'directOrIndirectOwnership'),
        conversionOrExercisePrice: table === 'D' ? rawNumber(b, 'conversionOrExercisePrice') : null,
        underlyingShares: table === 'D' ? rawNumber(b, 'underlyingSecurityShares') : null,
      });
    }
  }
  return rows;
}

/** A submission header's filing date (YYYY-MM-DD) and acceptance time (YYYY-MM-DDThh:mm:ss, null when absent). */
export function rawHeaderDates(text: string): { filedAt: string | null; acceptedAt: string | null } {
  const filed = /(?:FILED AS OF DATE:\s*|<FILING-DATE>)(\d{4})(\d\d)(\d\d)/.exec(text);
  const accepted = /<ACCEPTANCE-DATETIME>(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)/.exec(text);
  return {
    filedAt: filed ? `${filed[1]}-${filed[2]}-${filed[3]}` : null,
    acceptedAt: accepted ? `${accepted[1]}-${accepted[2]}-${accepted[3]}T${accepted[4]}:${accepted[5]}:${accepted[6]}` : null,
  };
}
