// A document an ingest worker parsed and compressed, as the writer takes it off the wire (a folder's
// file or a data set's filing): the filing, and the compressed bytes, unpacked only if the store asks
// for the text. Classes with their getters on the prototype, not object literals with getters of
// their own: V8 allocates a literal's getter pair in the old generation, and from there, dead or
// not, it kept the young filing its getter reached alive through every minor GC until the next full
// one (a sixth of all the writer's heap promoted, by --trace-gc-nvp).
import { unpackDocument } from '../db/document';
import type { StorableFiling } from '../db/store-types';
import { decodeFiling, type FilingWire } from './filing-wire';

/** Compressed bytes, and their text unpacked once, when first read. */
class PackedText {
  #text: string | undefined;

  constructor(readonly bytes: Buffer) {}

  get text(): string {
    return (this.#text ??= unpackDocument(this.bytes));
  }
}

/** What the pipeline takes from a worker (worker-protocol.ts `PreparedDocument`). */
class PackedDocument {
  constructor(readonly parsed: StorableFiling, private readonly source: PackedText) {}

  get packed(): Buffer {
    return this.source.bytes;
  }

  get text(): string {
    return this.source.text;
  }
}

/**
 * The filing flattened in `wire`, with its document compressed at `packedAt` ([offset, length]) in
 * `buffer`; its ownership XML is `xml`: [start, end] of the document's text, or the XML itself.
 */
export function packedDocument(buffer: ArrayBuffer, packedAt: readonly [number, number], wire: FilingWire, xml: readonly [number, number] | string): PackedDocument {
  const source = new PackedText(Buffer.from(buffer, packedAt[0], packedAt[1]));
  // Reaches the text alone, not the filing: decodeFiling's own getter holds on to this function.
  const ownershipXml = typeof xml === 'string' ? () => xml : () => source.text.slice(xml[0], xml[1]);
  return new PackedDocument(decodeFiling(wire, ownershipXml), source);
}
