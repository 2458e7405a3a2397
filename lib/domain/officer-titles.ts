// Officer title groups users screen by (CEO, CFO, president, COO, chair), matched on the title as
// filed: filers write "Chief Executive Officer", "CEO", "Pres. & CEO", "Chairman & CEO", "EVP and
// COO". This is the one rule: the screener's queries run it on each distinct filed title
// (db/queries/trades-sql.ts) and match rows by the titles it accepts; pages may label with it.

export const TITLE_GROUPS = ['ceo', 'cfo', 'president', 'coo', 'chair'] as const;
export type TitleGroup = (typeof TITLE_GROUPS)[number];

export const TITLE_GROUP_LABELS: Readonly<Record<TitleGroup, string>> = {
  ceo: 'CEO',
  cfo: 'CFO',
  president: 'President',
  coo: 'COO',
  chair: 'Chair',
};

// "Vice President", "Vice-Chairman", "VP" are not the president or the chair. Each pattern runs on
// the title with "vice"-prefixed phrases removed first.
const VICE = /\bvice[\s-]*(?:pres(?:ident|\.)?|chair(?:man|woman|person|mn)?)\b/gi;

const PATTERNS: Readonly<Record<TitleGroup, RegExp>> = {
  ceo: /\bc\.?\s?e\.?\s?o\b|\bchief\s+executive\b|\bprincipal\s+executive\b/i,
  cfo: /\bc\.?\s?f\.?\s?o\b|\bchief\s+financial\b|\bprincipal\s+financial\b/i,
  president: /\bpres(?:ident|\.|\b)/i,
  coo: /\bc\.?\s?o\.?\s?o\b|\bchief\s+operating\b/i,
  chair: /\bch(?:air(?:man|woman|person|mn)?|mn|rmn)\b/i,
};

/** The groups a filed title belongs to, in TITLE_GROUPS order: "Pres. & CEO" → ['ceo', 'president']. */
export function titleGroups(title: string | null | undefined): TitleGroup[] {
  if (!title) return [];
  const text = title.replace(VICE, ' ');
  return TITLE_GROUPS.filter((g) => PATTERNS[g].test(text));
}

/** The groups as a bit mask (bit i = TITLE_GROUPS[i]): one small integer to remember per title. */
export function titleGroupMask(title: string | null | undefined): number {
  return titleGroups(title).reduce((mask, g) => mask | (1 << TITLE_GROUPS.indexOf(g)), 0);
}

export function titleGroupBit(group: TitleGroup): number {
  return 1 << TITLE_GROUPS.indexOf(group);
}
