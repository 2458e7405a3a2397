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
