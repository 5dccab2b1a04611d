/**
 * Speakers: the statement source phrases and every other mention, resolved together in text order (so a
 * pronoun can reach back to a name that is not itself a source), then one Speaker per entity that speaks.
 */
import type { Doc } from './doc';
import { makeMention, type Mention } from './mentions';
import { ExactDescribeMemo } from './mentions/describeCache';
import { resolveMentions } from './speakers/resolve';
import { authorPhrase, creditAuthors } from './speakers/documentAuthors';
import type { Entity } from './speakers/entities';
import type { Draft } from './statements/drafts';
import type { Problem, Speaker, TextSpan } from './types';

export interface SpeakerResult {
  speakers: Speaker[];
  /** Speaker id of each draft, by index. */
  speakerOf: (string | null)[];
  problems: Problem[];
}

/**
 * Merges the drafts' source phrases into the mention list, replacing mentions they overlap: the order is
 * by first token, a mention before a source at the same token, sources in draft order. The mentions come
 * (nearly always) in that order already, so the few sources are merged in rather than everything sorted.
 */
function mergeMentions(doc: Doc, drafts: readonly Draft[], mentions: readonly Mention[]): { all: Mention[]; sourceIndex: number[] } {
  const memo = new ExactDescribeMemo(doc);
  const sources = drafts.map((d) => (d.phrase ? makeMention(doc, authorPhrase(doc, d.phrase), memo) : null));
  const covered = new Uint8Array(doc.tokens.length);
  for (const s of sources) if (s) covered.fill(1, s.first, s.last + 1);
  // A possessor inside a source phrase stays a mention of its own: "Thomas' sister pleaded …, but he replied".
  // So does a name after a preposition: "A spokesman for Northwind Energy said … The company said …".
  const kept = mentions.filter((m) => (!covered[m.first] && !covered[m.last]) || ((possessor(doc, m) || namedBody(m)) && !sourceStartsAt(sources, m)));
  if (!inTokenOrder(kept)) kept.sort((a, b) => a.first - b.first); // stable: ties keep their order
  const order: number[] = [];
  sources.forEach((s, i) => { if (s) { s.source = true; order.push(i); if (drafts[i].kind === 'indirect') s.content = { start: drafts[i].start, end: drafts[i].end }; } });
  order.sort((a, b) => sources[a]!.first - sources[b]!.first || a - b);
  const all: Mention[] = [];
  const sourceIndex = new Array<number>(drafts.length).fill(-1);
  let k = 0;
  for (const i of order) {
    const s = sources[i]!;
    while (k < kept.length && kept[k].first <= s.first) all.push(kept[k++]);
    sourceIndex[i] = all.length;
    all.push(s);
  }
  while (k < kept.length) all.push(kept[k++]);
  return { all, sourceIndex };
}

const namedBody = (m: Mention) => m.oblique && m.info.kind !== 'group' && m.info.name !== null && m.info.gender === null;

/** Followed by "'s" or by the apostrophe of a plural possessive ("Thomas' sister"). */
function possessor(doc: Doc, m: Mention): boolean {
  const mark = doc.tokens.lower[m.last + 1];
  return m.possessive || ((mark === "'" || mark === '’') && doc.tokens.start[m.last + 1] === doc.tokens.end[m.last]);
}

/** The token ranges of each source list, as first * 2^26 + last, built on the first question about the list. */
const sourceRanges = new WeakMap<readonly (Mention | null)[], Set<number>>();

function sourceStartsAt(sources: readonly (Mention | null)[], m: Mention): boolean {
  let ranges = sourceRanges.get(sources);
  if (!ranges) {
    ranges = new Set();
    for (const s of sources) if (s !== null) ranges.add(s.first * 67108864 + s.last);
    sourceRanges.set(sources, ranges);
  }
  return ranges.has(m.first * 67108864 + m.last);
}

function inTokenOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].first < mentions[i - 1].first) return false;
  return true;
}

export function buildSpeakers(doc: Doc, drafts: readonly Draft[], mentions: readonly Mention[]): SpeakerResult {
  const { all, sourceIndex } = mergeMentions(doc, drafts, creditAuthors(doc, mentions));
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
      mentionsOf.get(e)!.push({ start: m.start, end: m.end, text: m.info.text });
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
