/**
 * Speakers: the statement source phrases and every other mention, resolved together in text order (so a
 * pronoun can reach back to a name that is not itself a source), then one Speaker per entity that speaks.
 */
import type { Doc } from './doc';
import { makeMention, type Mention } from './mentions';
import { resolveMentions } from './speakers/resolve';
import type { Entity } from './speakers/entities';
import type { Draft } from './statements/drafts';
import type { Problem, Speaker, TextSpan } from './types';

export interface SpeakerResult {
  speakers: Speaker[];
  /** Speaker id of each draft, by index. */
  speakerOf: (string | null)[];
  problems: Problem[];
}

/** Merges the drafts' source phrases into the mention list, replacing mentions they overlap. */
function mergeMentions(doc: Doc, drafts: readonly Draft[], mentions: readonly Mention[]): { all: Mention[]; sourceIndex: number[] } {
  const sources = drafts.map((d) => (d.phrase ? makeMention(doc, d.phrase) : null));
  const covered = new Uint8Array(doc.tokens.length);
  for (const s of sources) if (s) for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  const tagged: Array<{ m: Mention; draft: number }> = mentions.filter((m) => !covered[m.first] && !covered[m.last]).map((m) => ({ m, draft: -1 }));
  sources.forEach((s, i) => { if (s) { s.source = true; tagged.push({ m: s, draft: i }); } });
  tagged.sort((a, b) => a.m.first - b.m.first || a.draft - b.draft);
  const sourceIndex = new Array<number>(drafts.length).fill(-1);
  tagged.forEach((t, i) => { if (t.draft >= 0) sourceIndex[t.draft] = i; });
  return { all: tagged.map((t) => t.m), sourceIndex };
}

export function buildSpeakers(doc: Doc, drafts: readonly Draft[], mentions: readonly Mention[]): SpeakerResult {
  const { all, sourceIndex } = mergeMentions(doc, drafts, mentions);
  const { table, entityOf } = resolveMentions(all);
  const byDraft: (Entity | null)[] = drafts.map((_, i) => (sourceIndex[i] >= 0 ? entityOf[sourceIndex[i]] : null));
  drafts.forEach((d, i) => {
    if (!byDraft[i] && d.inherits >= 0) byDraft[i] = byDraft[d.inherits];
    if (byDraft[i] && d.apposition) table.addDescription(byDraft[i]!, d.apposition);
  });
  const counts = new Map<Entity, number>();
  for (const e of byDraft) if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  const mentionsOf = new Map<Entity, TextSpan[]>();
  all.forEach((m, i) => {
    const e = entityOf[i];
    if (e && counts.has(e)) {
      if (!mentionsOf.has(e)) mentionsOf.set(e, []);
      mentionsOf.get(e)!.push({ start: m.info.start, end: m.info.end, text: m.info.text });
    }
  });
  const problems: Problem[] = [];
  const speakers: Speaker[] = [...counts.keys()].map((e) => {
    const spans = mentionsOf.get(e) ?? [];
    if (e.weakMerge && spans.length) problems.push({ start: spans[0].start, end: spans[0].end, code: 'weak-merge', message: e.weakMerge });
    return {
      id: e.id, name: e.name, aliases: [...e.aliases].filter((a) => a !== e.name), role: e.role, kind: e.kind,
      statementCount: counts.get(e)!, mentions: spans, ...(e.weakMerge ? { weakMerge: e.weakMerge } : {}),
    };
  });
  return { speakers, speakerOf: byDraft.map((e) => e?.id ?? null), problems };
}
