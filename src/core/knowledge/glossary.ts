/**
 * Reads a user glossary file (`.article-glossary.json`): JSON with comments allowed, the shape of
 * data/knowledge.schema.json. Returns the valid entries and, for everything wrong, a problem with the span of
 * the offending text, so the editor can underline it while the built-in entries keep working.
 */
// The ESM build: the UMD one (package main) loads its modules with dynamic requires a bundle cannot follow.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main';
import type { KnowledgeEntry } from './types';

export interface GlossaryProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface ParsedGlossary {
  readonly entries: KnowledgeEntry[];
  readonly problems: GlossaryProblem[];
}

const KINDS = new Set(['treaty', 'agreement', 'convention', 'protocol', 'accord', 'framework', 'declaration', 'organization', 'grouping', 'alliance', 'other']);
const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DATE_FIELDS = ['signed', 'inForce', 'established', 'expires', 'ended'] as const;

function problemAt(node: Node | undefined, fallback: Node, message: string): GlossaryProblem {
  const n = node ?? fallback;
  return { start: n.offset, end: n.offset + n.length, message };
}

/** The problems of one entry (empty when it can be used). */
function entryProblems(entry: Node, value: Record<string, unknown>, index: number): GlossaryProblem[] {
  const out: GlossaryProblem[] = [];
  const at = (path: (string | number)[]) => findNodeAtLocation(entry, path);
  const label = `Entry ${index + 1}${typeof value.id === 'string' ? ` ("${value.id}")` : ''}`;
  if (typeof value.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value.id)) out.push(problemAt(at(['id']), entry, `${label}: "id" must be lowercase letters, digits and hyphens.`));
  for (const key of ['name', 'summary']) if (typeof value[key] !== 'string' || value[key] === '') out.push(problemAt(at([key]), entry, `${label}: "${key}" must be a non-empty string.`));
  if (!KINDS.has(value.kind as string)) out.push(problemAt(at(['kind']), entry, `${label}: "kind" must be one of ${[...KINDS].join(', ')}.`));
  const aliases = value.aliases;
  if (!Array.isArray(aliases) || aliases.length === 0 || !aliases.every((a) => typeof a === 'string' ? a.trim() !== '' : typeof a === 'object' && a !== null && typeof (a as { text?: unknown }).text === 'string')) {
    out.push(problemAt(at(['aliases']), entry, `${label}: "aliases" must be a non-empty list of names (strings or {"text": …}).`));
  }
  for (const key of DATE_FIELDS) {
    const fact = value[key] as { date?: unknown } | undefined;
    if (fact !== undefined && (typeof fact !== 'object' || typeof fact.date !== 'string' || !ISO.test(fact.date))) {
      out.push(problemAt(at([key, 'date']) ?? at([key]), entry, `${label}: "${key}.date" must be a date like 1972-05-26, 1972-05 or 1972.`));
    }
  }
  return out;
}

/** Parses and checks a glossary file's text. */
export function parseGlossary(text: string): ParsedGlossary {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: GlossaryProblem[] = errors.map((e) => ({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `Invalid JSON: ${printParseErrorCode(e.error)}.` }));
  if (!root || errors.length > 0) return { entries: [], problems: problems.length ? problems : [{ start: 0, end: 0, message: 'Invalid JSON: empty file.' }] };
  const list = findNodeAtLocation(root, ['entries']);
  if (root.type !== 'object' || !list || list.type !== 'array') {
    return { entries: [], problems: [problemAt(list, root, 'A glossary is an object with an "entries" list: { "entries": [ … ] }.')] };
  }
  const entries: KnowledgeEntry[] = [];
  (list.children ?? []).forEach((node, i) => {
    const value = nodeValue(node);
    const own = typeof value === 'object' && value !== null && !Array.isArray(value) ? entryProblems(node, value as Record<string, unknown>, i) : [problemAt(node, node, `Entry ${i + 1} must be an object.`)];
    if (own.length) problems.push(...own);
    else entries.push(value as KnowledgeEntry);
  });
  return { entries, problems };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': return Object.fromEntries((node.children ?? []).map((p) => [p.children?.[0]?.value as string, p.children?.[1] ? nodeValue(p.children[1]) : undefined]));
    case 'array': return (node.children ?? []).map(nodeValue);
    default: return node.value;
  }
}
