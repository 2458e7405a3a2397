// An insider's relationship to the issuer: the four boxes of a Form 3, 4 or 5 (director, officer,
// 10% owner, other), with the officer's title and the other text typed beside them. Badges, filters,
// the CSV and the summary sentence all read the labels and their order from here.
import { titleCaseCapitals } from './names';

/** The boxes in the form's order: lists, badges, filters and CSV columns follow it. */
export const ROLES = ['director', 'officer', 'ten-percent', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  director: 'Director',
  officer: 'Officer',
  'ten-percent': '10% owner',
  other: 'Other',
};

/** Short labels for dense tables, where the full one is the tooltip. */
export const ROLE_SHORT_LABELS: Readonly<Record<Role, string>> = {
  director: 'Dir',
  officer: 'Officer',
  'ten-percent': '10%',
  other: 'Other',
};

/** The boxes as filed; a box that is not checked may be missing (dense table rows leave it out). */
export type RoleFlags = {
  isDirector?: boolean | undefined;
  isOfficer?: boolean | undefined;
  isTenPercentOwner?: boolean | undefined;
  isOther?: boolean | undefined;
  officerTitle?: string | null | undefined;
  otherText?: string | null | undefined;
};

/** The flag of each box, for code that reads rows (`row[ROLE_FLAGS.director]`). */
export const ROLE_FLAGS = {
  director: 'isDirector',
  officer: 'isOfficer',
  'ten-percent': 'isTenPercentOwner',
  other: 'isOther',
} as const satisfies Record<Role, keyof RoleFlags>;

/** The boxes checked, in the form's order. */
export function rolesOf(flags: RoleFlags): Role[] {
  return ROLES.filter((role) => !!flags[ROLE_FLAGS[role]]);
}

/** The text typed beside a box: the officer's title or the other relationship ("" when none). */
function typedText(flags: RoleFlags, role: Role): string {
  if (role === 'officer') return flags.officerTitle?.trim() ?? '';
  if (role === 'other') return flags.otherText?.trim() ?? '';
  return '';
}

export type RoleLabel = {
  role: Role;
  /** What to show: the officer's title or the other text when filed, else the box's label. */
  label: string;
  /** For dense tables: the label, with the fixed ones shortened ("Dir", "10%"). */
  short: string;
  /** The box and its text, e.g. "Officer: CEO". */
  full: string;
};

/** Each box checked, with its labels: Director (Dir), CEO (Officer: CEO), 10% owner (10%), Other. */
export function roleLabelsOf(flags: RoleFlags): RoleLabel[] {
  return rolesOf(flags).map((role) => {
    const text = typedText(flags, role);
    if (!text) return { role, label: ROLE_LABELS[role], short: ROLE_SHORT_LABELS[role], full: ROLE_LABELS[role] };
    return { role, label: text, short: text, full: `${ROLE_LABELS[role]}: ${text}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Roles in a sentence ("CEO, director and 10% owner Elon Musk")

const TITLE_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bchief executive officer\b/gi, 'CEO'],
  [/\bchief financial officer\b/gi, 'CFO'],
  [/\bchief operating officer\b/gi, 'COO'],
  [/\bchief technology officer\b/gi, 'CTO'],
  [/\bchief accounting officer\b/gi, 'CAO'],
  [/\bexecutive vice president\b/gi, 'EVP'],
  [/\bsenior vice president\b/gi, 'SVP'],
  [/\bvice president\b/gi, 'VP'],
];

/**
 * A title fit for a sentence: "Chief Executive Officer" → "CEO"; null when there is none or it only
 * points elsewhere ("See Remarks") or is too long to read in a sentence.
 */
export function shortOfficerTitle(title: string | null | undefined): string | null {
  let text = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!text || /remarks|footnote/i.test(text)) return null;
  for (const [pattern, short] of TITLE_ABBREVIATIONS) text = text.replace(pattern, short);
  if (text === text.toUpperCase() && text.length > 5) text = titleCaseCapitals(text);
  return text.length > 40 ? null : text;
}

/**
 * The roles as words for a sentence, the officer's title first because it says most ("CEO, director
 * and 10% owner"); the other text only when no box says more. Lower case except titles.
 */
export function roleWords(flags: RoleFlags): string[] {
  const words: string[] = [];
  if (flags.isOfficer) words.push(shortOfficerTitle(flags.officerTitle) ?? ROLE_LABELS.officer.toLowerCase());
  if (flags.isDirector) words.push(ROLE_LABELS.director.toLowerCase());
  if (flags.isTenPercentOwner) words.push(ROLE_LABELS['ten-percent']);
  if (flags.isOther && words.length === 0) {
    const other = shortOfficerTitle(flags.otherText);
    if (other && other.length <= 30 && !/\bsee\b/i.test(other)) words.push(other);
  }
  return words;
}
