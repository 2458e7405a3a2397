// How names are written for readers: title case for what EDGAR files in capitals, people's names in
// reading order (decided from evidence where there is some), entities as filed.

/** One word in title case: "MOTION" → "Motion", "MARY-ANN" → "Mary-Ann", "JOHNSON&JOHNSON" → "Johnson&Johnson", "MCDONALD" → "McDonald". */
export function titleCaseWord(word: string): string {
  if (word.length <= 1) return word.toUpperCase();
  // Initials joined by an ampersand are an initialism, written so by their owners: "AT&T", "S&P", "M&T".
  if (/^\p{Lu}{1,2}&\p{Lu}{1,2}$/u.test(word)) return word;
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
// Entities: filed form kept, title-cased only when filed in capitals.

// Words that mark an entity rather than a person: such names keep their own order.
const ENTITY_WORDS = /\b(INC|LLC|L\.?L\.?C|LP|L\.?P|LTD|CORP|CORPORATION|CO|COMPANY|TRUST|FUND|FUNDS|PARTNERS|PARTNERSHIP|HOLDINGS?|CAPITAL|MANAGEMENT|GROUP|ADVISORS?|ADVISERS|BANK|FOUNDATION|PLC|SA|AG|NV|GMBH|PTE|VENTURES?|INVESTMENTS?|ASSOCIATES|LIMITED|ESTATE|ET AL)\b/i;

export function isEntityName(name: string): boolean {
  return ENTITY_WORDS.test(name);
}

// Legal-form abbreviations stay capitals ("PEAK CAPITAL PARTNERS LP" → "Peak Capital Partners LP").
const ENTITY_ABBREVIATIONS = new Set(['LP', 'LLC', 'LLP', 'PLC', 'NV', 'SA', 'AG', 'USA', 'US', 'GP', 'UGP']);
// Roman numerals up to XXXIX, alone or numbering a series: "II", "IV", "II-2" (fund names).
const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})(-[0-9A-Z]+)?$/;

/**
 * EDGAR's state tag on a conformed name ("FARNAM STREET PARTNERS LP /MN", "ACME CORP /DE/"): it tells
 * apart companies of one name in EDGAR's index and is not part of the name the entity signs with
 * ("Farnam Street Partners, L.P."). Readable names drop it; pages that identify an owner also show
 * the CIK and the name as filed.
 */
const STATE_TAG = /\s+\/[A-Za-z]{2,4}\/?$/;

function entityWord(word: string, i: number): string {
  const bare = word.replace(/[.,]/g, '');
  if (ENTITY_ABBREVIATIONS.has(bare) || ROMAN.test(bare)) return word;
  if (i > 0 && SMALL_WORDS.has(word)) return word.toLowerCase();
  return titleCaseWord(word);
}

/** Where a signature line writes the entity's name in mixed case ("SoftBank Group Corp., By : /s/ ..."), that casing. */
function entityAsSigned(name: string, signatures: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  for (const line of signatures) {
    const text = line.replace(/\s+/g, ' ');
    const at = text.toLowerCase().indexOf(wanted);
    if (at < 0) continue;
    const found = text.slice(at, at + name.length);
    const next = text[at + name.length];
    // Whole words only, and only a casing that tells more than capitals.
    if ((next === undefined || !/[\p{L}\p{N}-]/u.test(next)) && found !== found.toUpperCase()) return found;
  }
  return undefined;
}

function readableEntityName(name: string, signatures: readonly string[]): string {
  const bare = name.replace(STATE_TAG, '');
  if (bare !== bare.toUpperCase()) return bare;
  return entityAsSigned(bare, signatures) ?? bare.split(' ').map(entityWord).join(' ');
}

// ---------------------------------------------------------------------------------------------
// People. EDGAR's conformed names are "LAST FIRST MIDDLE" ("FEDERICO RICHARD D") and most filers
// copy that order, but some file "Sergey Brin". Which word is the family name is decided from the
// person's filings (NameEvidence), and only without evidence taken to be the first word.

/** What a person's filings say about their name: the name as filed on each, and each signature line. */
export type NameEvidence = { filed: readonly string[]; signatures: readonly string[] };

// Not "V": after a given name it is far more often an initial than "the fifth".
const SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV', 'MD', 'PHD', 'ESQ', 'CPA']);
// Words that belong to the family name that follows them ("DE LA CRUZ NICHOLAS").
const PARTICLES = new Set(['DE', 'DA', 'DI', 'DO', 'DU', 'DEL', 'DELLA', 'DOS', 'DAS', 'LA', 'LE', 'VAN', 'VON', 'DER', 'DEN', 'TER', 'ST']);

/** A word as compared across filings: capitals, letters only ("O'Neil" → "ONEIL"). */
function key(word: string): string {
  return word.toUpperCase().replace(/[^\p{L}]/gu, '');
}

function isSuffix(word: string): boolean {
  return SUFFIXES.has(key(word));
}

/** The family name's key from the evidence, or null when it says nothing or disagrees with itself. */
export function familyNameFromEvidence(evidence: NameEvidence): string | null {
  const votes = new Map<string, number>();
  const vote = (word: string) => votes.set(word, (votes.get(word) ?? 0) + 1);
  const nameWords = new Set<string>();
  for (const filed of evidence.filed) {
    if (isEntityName(filed)) continue;
    for (const w of filed.split(/[\s,]+/)) if (key(w).length > 1 && !isSuffix(w)) nameWords.add(key(w));
    // "BRIN, SERGEY": the part before the comma is the family name.
    const comma = filed.indexOf(',');
    if (comma > 0) {
      const last = filed.slice(0, comma).trim().split(/\s+/).pop();
      if (last && key(last)) vote(key(last));
    }
  }
  // A signature is written in reading order: where two words of the filed name stand together
  // ("/s/ Elon R. Musk", "attorney-in-fact for Sergey Brin"), the last of them is the family name.
  // A comma, "by" or "for" ends a run, so an attorney's name never joins the person's.
  // A signature that only repeats a filed form of the name ("/s/ DOE JANE Q") may be the filer's
  // software copying the name field: no evidence of the order a person writes it in.
  const wordsOf = (text: string) => text.replace(/\/s\//gi, ' ').split(/[\s,]+/).map(key).filter(Boolean).join(' ');
  const filedForms = new Set(evidence.filed.map(wordsOf));
  for (const line of evidence.signatures) {
    if (filedForms.has(wordsOf(line))) continue;
    const words = line.replace(/\/s\//gi, ' ').split(/(,|;|:|\s+)/).filter((w) => w.trim() !== '');
    let run: string[] = [];
    const close = () => {
      if (new Set(run).size >= 2) vote(run[run.length - 1]!);
      run = [];
    };
    for (const w of words) {
      const k = key(w);
      if (nameWords.has(k)) run.push(k);
      else if (k.length === 1 && run.length > 0) continue; // a middle initial
      else close();
    }
    close();
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}

/** The family name's key when filings give no other evidence: the first word of the order filed most often. */
function familyNameByFiledOrder(filed: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const name of filed) {
    const first = name.trim().split(/[\s,]+/)[0];
    if (first && !isEntityName(name)) counts.set(key(first), (counts.get(key(first)) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

// "R STANTON" → "R. Stanton", "ROBERT D" → "Robert D.".
const withInitialDot = (word: string) => (/^\p{L}$/u.test(word) ? `${word.toUpperCase()}.` : word);

function readablePersonName(name: string, family: string | null): string {
  let words: string[];
  let familyAt: number;
  if (name.includes(',')) {
    // "Smith, John A. Jr": the filer said which part is the family name.
    const [last = '', ...rest] = name.split(',');
    const lastWords = last.trim().split(' ').filter(Boolean);
    words = [...lastWords, ...rest.join(' ').split(' ')].filter(Boolean);
    familyAt = lastWords.length - 1;
  } else {
    words = name.split(' ');
    const found = family ? words.findIndex((w) => key(w) === family) : -1;
    familyAt = found >= 0 ? found : 0;
  }
  const suffixes: string[] = [];
  while (words.length > 2 && familyAt < words.length - 1 && isSuffix(words[words.length - 1]!)) suffixes.unshift(words.pop()!);
  if (words.length < 2) return [...words, ...suffixes].map(titleCaseWord).join(' ');
  // The family name runs from its particles ("De La") to its last word ("Cruz"), or from the first
  // word through the particles after it ("DE LA CRUZ NICHOLAS").
  let start = familyAt;
  let end = familyAt + 1;
  while (start > 0 && PARTICLES.has(key(words[start - 1]!)) && start - 1 > 0) start--;
  while (familyAt === 0 && PARTICLES.has(key(words[end - 1]!)) && end < words.length - 1) end++;
  // A name filed in mixed case is written as its owner writes it ("Nicholas de la Cruz").
  const cased = name === name.toUpperCase() || name === name.toLowerCase() ? titleCaseWord : (w: string) => w;
  const familyWords = words.slice(start, end).map(cased);
  const given = [...words.slice(0, start), ...words.slice(end)].map((w) => withInitialDot(cased(w)));
  const formattedSuffixes = suffixes.map((s) => {
    const bare = key(s);
    return bare === 'JR' || bare === 'SR' ? `${titleCaseWord(bare)}.` : bare;
  });
  return [...given, ...familyWords, ...formattedSuffixes].join(' ');
}

/**
 * A filed owner name as readers expect it. People: "FEDERICO RICHARD D" → "Richard D. Federico",
 * "Smith, John A. Jr" → "John A. Smith Jr.", and with evidence that "Brin" is the family name,
 * "Sergey Brin" stays "Sergey Brin". Entities keep their filed form ("SVF II Holdings (DE) LLC"),
 * title-cased when filed in capitals ("SOFTBANK VISION FUND II-2 L.P." → "Softbank Vision Fund II-2 L.P.",
 * or "SoftBank ..." where a signature writes it so), without EDGAR's state tag.
 */
export function readableName(filed: string | null | undefined, evidence?: NameEvidence): string {
  const name = (filed ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return '';
  if (isEntityName(name)) return readableEntityName(name, evidence?.signatures ?? []);
  const family = evidence ? familyNameFromEvidence(evidence) ?? familyNameByFiledOrder(evidence.filed) : null;
  return readablePersonName(name, family);
}
