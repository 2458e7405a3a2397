// EDGAR files people as "LAST FIRST MIDDLE" ("FEDERICO RICHARD D"); readers expect "Richard D. Federico".

const SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV', 'V', 'MD', 'PHD', 'ESQ', 'CPA']);
// Words that mark an entity rather than a person: leave such names as filed (title-cased).
const ENTITY_WORDS = /\b(INC|LLC|L\.?L\.?C|LP|L\.?P|LTD|CORP|CORPORATION|CO|COMPANY|TRUST|FUND|FUNDS|PARTNERS|PARTNERSHIP|HOLDINGS?|CAPITAL|MANAGEMENT|GROUP|ADVISORS?|BANK|FOUNDATION|PLC|SA|AG|NV|GMBH|VENTURES?|INVESTMENTS?|ASSOCIATES|LIMITED|ESTATE|ET AL)\b/i;

function titleCaseWord(word: string): string {
  if (word.length <= 1) return word.toUpperCase();
  // Keep mixed-case words as filed ("McDonald", "DeVries").
  if (word !== word.toUpperCase() && word !== word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_, ch: string) => 'Mc' + ch.toUpperCase());
}

function initial(word: string): string {
  return /^\p{L}$/u.test(word) ? `${word.toUpperCase()}.` : titleCaseWord(word);
}

// Legal-form abbreviations stay capitals in an entity name ("PEAK CAPITAL PARTNERS LP" → "Peak Capital Partners LP").
const ENTITY_ABBREVIATIONS = new Set(['LP', 'LLC', 'LLP', 'PLC', 'NV', 'SA', 'AG', 'II', 'III', 'IV', 'USA', 'US']);

function entityWord(word: string): string {
  return ENTITY_ABBREVIATIONS.has(word.replace(/[.,]/g, '')) ? word : titleCaseWord(word);
}

export function isEntityName(name: string): boolean {
  return ENTITY_WORDS.test(name);
}

/** "FEDERICO RICHARD D" → "Richard D. Federico"; "Smith, John A. Jr" → "John A. Smith Jr."; entities title-cased. */
export function readableName(filed: string | null | undefined): string {
  const name = (filed ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return '';
  if (isEntityName(name)) {
    return name === name.toUpperCase() ? name.split(' ').map(entityWord).join(' ') : name;
  }
  let words: string[];
  if (name.includes(',')) {
    const [last = '', ...rest] = name.split(',');
    words = [last.trim(), ...rest.join(' ').split(' ')].filter(Boolean);
  } else {
    words = name.split(' ');
  }
  const suffixes: string[] = [];
  while (words.length > 2 && SUFFIXES.has(words[words.length - 1]!.replace(/\./g, '').toUpperCase())) {
    suffixes.unshift(words.pop()!);
  }
  if (words.length < 2) return [...words, ...suffixes].map(titleCaseWord).join(' ');
  const [last, ...given] = words as [string, ...string[]];
  const formattedSuffixes = suffixes.map((s) => {
    const bare = s.replace(/\./g, '').toUpperCase();
    return bare === 'JR' || bare === 'SR' ? `${titleCaseWord(bare)}.` : bare;
  });
  return [titleCaseWord(given[0]!), ...given.slice(1).map(initial), titleCaseWord(last), ...formattedSuffixes].join(' ');
}
