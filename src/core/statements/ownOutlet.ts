/**
 * The article's own publication is the reporter, not a source: in an article whose front matter names its
 * source ("source: Wikinews"), "Wikinews reporters estimated 200 attended" and "Wikinews observed …" are
 * the reporter's own account. A phrase opening with the outlet's name (its staff, "reporters") is the outlet.
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';

const STAFF = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents', 'staff']);

/** The outlet's name in lowercase words, or null when the front matter names none. */
function outletWords(doc: Doc): string[] | null {
  const source = doc.structure.frontMatter?.fields.source;
  return source ? source.toLowerCase().split(/\s+/).filter((w) => w) : null;
}

/** Whether a source phrase is the article's own outlet or its staff ("Wikinews", "Wikinews reporters"). */
export function isOwnOutlet(doc: Doc, phrase: Phrase): boolean {
  const outlet = outletWords(doc);
  if (!outlet || !outlet.length) return false;
  const lower = doc.tokens.lower;
  let k = phrase.first;
  if (lower[k] === 'the') k++;
  for (const w of outlet) if (lower[k++] !== w) return false;
  return k > phrase.last || (k === phrase.last && STAFF.has(lower[k]));
}
