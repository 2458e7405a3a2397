// How names are written for readers: title case for what EDGAR files in capitals, and people's
// names in reading order.

/** One word in title case: "MOTION" → "Motion", "MARY-ANN" → "Mary-Ann", "AT&T" → "At&T", "MCDONALD" → "McDonald". */
export function titleCaseWord(word: string): string {
  if (word.length <= 1) return word.toUpperCase();
  // Keep mixed-case words as filed ("McDonald", "DeVries").
  if (word !== word.toUpperCase() && word !== word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’&.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_, ch: string) => 'Mc' + ch.toUpperCase());
}

const SMALL_WORDS = new Set(['AND', 'OF', 'THE', 'FOR', 'IN', 'ON', 'AT', 'DE']);

/**
 * Text filed in capitals, title-cased word by word: "BANK OF AMERICA" → "Bank of America",
 * "CULLEN/FROST BANKERS" → "Cullen/Frost Bankers"; initialisms ("PTC") kept.
 */
export function titleCaseCapitals(text: string): string {
  return text
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word.toLowerCase();
      // Short vowel-less words are initialisms ("PTC", "NXP"); keep them.
      if (word.length <= 3 && !/[AEIOUY]/.test(word)) return word;
      return word.split('/').map(titleCaseWord).join('/');
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// People and entities. EDGAR files people as "LAST FIRST MIDDLE" ("FEDERICO RICHARD D"); readers expect "Richard D. Federico".

const SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV', 'V', 'MD', 'PHD', 'ESQ', 'CPA']);
// Words that mark an entity rather than a person: leave such names as filed (title-cased).
const ENTITY_WORDS = /\b(INC|LLC|L\.?L\.?C|LP|L\.?P|LTD|CORP|CORPORATION|CO|COMPANY|TRUST|FUND|FUNDS|PARTNERS|PARTNERSHIP|HOLDINGS?|CAPITAL|MANAGEMENT|GROUP|ADVISORS?|BANK|FOUNDATION|PLC|SA|AG|NV|GMBH|VENTURES?|INVESTMENTS?|ASSOCIATES|LIMITED|ESTATE|ET AL)\b/i;

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
