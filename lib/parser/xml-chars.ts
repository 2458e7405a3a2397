// Character codes and classes shared by the XML scanner (xml.ts) and the text decoding (xml-text.ts).
export const GT = 62; // >
export const SLASH = 47; // /
export const BANG = 33; // !
export const QUESTION = 63; // ?
export const EQ = 61; // =
export const DQUOTE = 34;
export const SQUOTE = 39;
export const COLON = 58;

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// Name characters by ASCII code (letters, digits, `_`, `:`, `-`, `.`); everything above 127 is
// accepted, as XML allows most of it in names.
const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === COLON;
  NAME_START[c] = letter ? 1 : 0;
  NAME_CHAR[c] = letter || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0;
}

export function isNameStart(c: number): boolean {
  return c > 127 || NAME_START[c] === 1;
}

export function isNameChar(c: number): boolean {
  return c > 127 || NAME_CHAR[c] === 1;
}
