/**
 * "Students at Lakeside College staged a walkout. They said …": a plural role or group noun followed by "at",
 * "of", "from" or "in" and a name is known by the whole phrase ("Students at Lakeside College"), as the same
 * phrase is when it is the source ("Students at Lakeside College said …"); the mention itself stays the head
 * ("Students"), the name its own (oblique) mention. speakers/resolve.ts names a new entity by it.
 */
import type { Doc } from '../doc';
import type { Mention } from '../mentions';

/** Prepositions that tie a group to the place or body it belongs to. */
const QUALIFYING = new Set(['at', 'of', 'from', 'in']);

/** Sets `qualified` on each plural unnamed mention right followed by a qualifying preposition and a name. */
export function markQualifiedGroups(doc: Doc, mentions: Mention[]): void {
  const { lower } = doc.tokens;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    if (!m.info.plural || m.info.name || m.info.pronoun || m.info.parts.length || m.possessive) continue;
    // "Twenty farmers living in Kelso", "Engineers based at Harwell": a participle may come before it.
    const participle = /^(?:\p{Ll}+ing|based)$/u.test(lower[m.last + 1]) ? 1 : 0;
    const at = m.last + 1 + participle;
    if (next.first !== at + 1 || next.sent !== m.sent || !QUALIFYING.has(lower[at])) continue;
    if (!next.info.name || next.info.pronoun || next.info.parts.length || next.possessive) continue;
    // "supporters of Selek in Turkey and France": a phrase already qualified, or a name one of a list, is left.
    if (/ (?:at|of|from|in) /.test(m.info.text) || lower[next.last + 1] === 'and' || lower[next.last + 1] === 'or') continue;
    m.qualified = doc.text.slice(m.start, next.end);
  }
}
