/**
 * An analysis sent from the worker thread to the extension host: each field serialised apart (V8's
 * serialiser, the structured clone's own format, so values arrive exactly as `postMessage` would copy them)
 * and deserialised on the host only when first read. After an edit the tree, diagnostics, outline and
 * semantic tokens read the statements, speakers, problems and paragraphs; the quotations, figures, terms and
 * sentences (about half of a 1 MB article's analysis) wait for a hover. No `vscode` import: unit-tested.
 */
import * as v8 from 'v8';
import type { Analysis } from '../core/types';

type Fields = Record<string, Uint8Array | string | number | boolean | null>;

/** The message form: objects serialised, scalars as they are; the structure's fields one by one. */
export interface PackedAnalysis {
  readonly fields: Fields;
  readonly structure: Fields;
}

function packFields(object: object): Fields {
  const fields: Fields = {};
  for (const [key, value] of Object.entries(object)) {
    fields[key] = value !== null && typeof value === 'object' ? v8.serialize(value) : (value as Fields[string]);
  }
  return fields;
}

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  // `structure` keeps its place among the fields (a null there), its own fields packed apart.
  return { fields: packFields({ ...analysis, structure: null }), structure: packFields(analysis.structure) };
}

/** The buffers of a packed analysis that can be moved to the other thread rather than copied. */
export function transferables(packed: PackedAnalysis): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const value of [...Object.values(packed.fields), ...Object.values(packed.structure)]) {
    // Small buffers share one pooled ArrayBuffer: those are copied.
    if (value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) seen.add(value.buffer as ArrayBuffer);
  }
  return [...seen];
}

/** Time spent deserialising fields on this thread (the host benchmark reads it). */
export const transferStats = { decodeMs: 0 };

/** An object whose serialised fields are deserialised on first read (then kept as plain values). */
function lazyObject(fields: Fields): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!(value instanceof Uint8Array)) {
      target[key] = value;
      continue;
    }
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const started = performance.now();
        const parsed: unknown = v8.deserialize(value);
        transferStats.decodeMs += performance.now() - started;
        Object.defineProperty(target, key, { value: parsed, enumerable: true, configurable: true, writable: true });
        return parsed;
      },
    });
  }
  return target;
}

export function unpackAnalysis(packed: PackedAnalysis): Analysis {
  const analysis = lazyObject(packed.fields);
  analysis.structure = lazyObject(packed.structure);
  return analysis as unknown as Analysis;
}
