// TEMPORARY stub (engine helper replaces it).
import type { Structure } from './types';
export function findStructure(text: string): Structure {
  return { frontMatter: null, headline: null, dateline: null, paragraphs: [{ start: 0, end: text.length, index: 0 }], sentences: [], boilerplate: [] };
}
