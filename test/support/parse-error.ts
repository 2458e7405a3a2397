// What the parser throws on bad input, caught for a test to inspect.
import { parseFiling, ParseError } from '../../lib/parser/index';

/** The ParseError that parsing `text` throws, or null if it parses; any other error is rethrown. */
export function catchParseErrorOrNull(text: string): ParseError | null {
  try {
    parseFiling(text);
    return null;
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
}

/** The ParseError that parsing `text` throws; parsing without one is a failure. */
export function catchParseError(text: string): ParseError {
  const err = catchParseErrorOrNull(text);
  if (err === null) throw new Error('expected a ParseError, but the input parsed');
  return err;
}
