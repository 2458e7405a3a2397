// What a worker sends for a document that parsed: the filing without its text, which the writer
// gets back from the compressed bytes only when it asks, as read (the seed's own hash from sha256sum).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../db/same-content';
import { parseFiling } from '../lib/parser/index';
import type { ParsedFiling } from '../lib/parser/types';
import { seedContentHash, seedFixture } from '../test/support/corpus';
import { ownershipXml, submissionText } from '../test/support/ownership-xml';
import { prepareDocument } from './prepare-document';
import { chunkResult, preparedFrom, type WorkerTask } from './worker-protocol';

/** As the writer takes a chunk: structured-cloned (as postMessage does), then read. */
function roundTrip(tasks: WorkerTask[]) {
  const result = chunkResult(7, tasks, prepareDocument);
  return { sent: result, prepared: preparedFrom(structuredClone(result, { transfer: [result.packed] })) };
}

describe('a chunk of prepared documents between a worker and the writer', () => {
  const seed = readFileSync(seedFixture, 'utf8');
  const bare = ownershipXml({ shares: '250' });
  const submission = submissionText({ xml: ownershipXml({ shares: '125' }), accession: '0001234567-24-000001', filed: '20240105', accepted: '20240105163000', formType: '4' });

  it('leaves out the text and ownership XML of what parsed, and gives both back as read', () => {
    const { sent, prepared } = roundTrip([{ text: seed }, { text: bare }, { text: submission }]);
    expect(sent.documents.map((d) => [d.text, d.ownershipXml])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
    expect(prepared.map((p) => p.text)).toEqual([seed, bare, submission]);
    // The rest as parsed, but what only the document keeps: footnotes, remarks, each line's footnote ids.
    const storable = ({ footnotes: _f, remarks: _r, nonDerivative, derivative, ...rest }: ParsedFiling) => ({
      ...rest,
      nonDerivative: nonDerivative.map(({ footnoteIds: _i, ...line }) => line),
      derivative: derivative.map(({ footnoteIds: _i, ...line }) => line),
    });
    expect(prepared.map((p) => p.parsed)).toEqual([seed, bare, submission].map((text) => storable(parseFiling(text))));
    // What is sent holds neither the footnotes' text, nor the lines' footnote ids, nor the XML.
    const { footnotes, nonDerivative, ownershipXml: xml } = parseFiling(seed);
    expect(footnotes.length).toBeGreaterThan(0);
    const ids = nonDerivative.flatMap((line) => Object.values(line.footnoteIds).flat());
    expect(ids.length).toBeGreaterThan(0);
    const sentValues = sent.documents[0]!.filing!;
    for (const value of [...footnotes.map((f) => f.text), ...ids, xml]) expect(sentValues).not.toContain(value);
    expect(JSON.stringify(sent.documents[0]).length).toBeLessThan(xml.length / 2);
    expect(contentHashOf(prepared[0]!.parsed!.ownershipXml)).toBe(seedContentHash);
    // In a submission, the XML is a part of the text, found there.
    expect(prepared[2]!.parsed!.ownershipXml.length).toBeLessThan(submission.length - 200);
  });

  it('sends the text of a document that does not parse, and the reason', () => {
    const { prepared } = roundTrip([{ text: bare }, { text: '<ownershipDocument><issuer>' }]);
    expect(prepared[1]).toMatchObject({ parseError: expect.objectContaining({ name: 'ParseError', code: 'malformed-xml' }) });
    expect(prepared[0]!.packed).toBeDefined();
  });

  it('names a file it cannot read', () => {
    const { prepared } = roundTrip([{ file: '/nonexistent/section16-file.xml' }]);
    expect(prepared[0]!.readError).toMatchObject({ code: 'ENOENT' });
    expect(prepared[0]!.parsed).toBeUndefined();
  });
});
