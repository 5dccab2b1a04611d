/**
 * The built-in knowledge base (data/knowledge.json) and its merge with user glossaries: a glossary entry with
 * a built-in id replaces the built-in entry; other glossary entries are added.
 */
import data from '../data/knowledge.json';
import type { KnowledgeEntry, KnowledgeFile } from './types';

export const BUILT_IN: KnowledgeFile = data as unknown as KnowledgeFile;

const byId = new Map<string, KnowledgeEntry>(BUILT_IN.entries.map((e) => [e.id, e]));

/** The built-in entries. */
export function builtInEntries(): readonly KnowledgeEntry[] {
  return BUILT_IN.entries;
}

/** The entry with this id: from the glossary if it has one, else built in. */
export function findEntry(id: string, glossary: readonly KnowledgeEntry[] = []): KnowledgeEntry | undefined {
  return glossary.find((e) => e.id === id) ?? byId.get(id);
}

/** The built-in file with glossary entries merged in (glossary wins on the same id). */
export function withGlossary(glossary: readonly KnowledgeEntry[]): KnowledgeFile {
  if (glossary.length === 0) return BUILT_IN;
  const overridden = new Set(glossary.map((e) => e.id));
  return { ...BUILT_IN, entries: [...BUILT_IN.entries.filter((e) => !overridden.has(e.id)), ...glossary] };
}
