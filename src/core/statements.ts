/**
 * Statements: attributed quotations and indirect content clauses, each with its cue and the speaker its
 * source phrase resolves to. A quotation with no cue of its own that reads as speech continues the speaker
 * of the statement before it when it sits in the same or the next paragraph ("We expect to move quickly,"
 * she told reporters. "We clearly want …").
 */
import type { CueSpan } from './cues';
import type { Doc } from './doc';
import type { Mention } from './mentions';
import type { QuoteScan } from './quotes/find';
import { toQuote } from './quotes/span';
import { CueIndex } from './statements/cueIndex';
import { indirectDrafts, quoteDrafts, type Draft } from './statements/drafts';
import { indirectAfterFragments } from './statements/thatAfterFragment';
import { subjectOfCue } from './statements/subject';
import { participleAfterMarkedComma } from './statements/markedCommaParticiple';
import { findPullQuotes } from './statements/pullQuotes';
import { findBlockQuotes } from './statements/blockQuotes';
import { possessedClaimSource } from './statements/possessedClaim';
import { passiveReports } from './statements/passiveReport';
import { possessedSpeechDrafts } from './statements/possessedSpeechNoun';
import { inHeadline, isHeadlineReport } from './statements/headline';
import { headlineColon } from './statements/headlineColonReport';
import { headlineEchoes } from './statements/headlineEcho';
import { fragmentsInContent } from './statements/fragmentsInContent';
import { floatingFragments } from './statements/floatingFragments';
import { sentenceFragments } from './statements/sentenceFragments';
import { buildSpeakers } from './speakers';
import { quoteOverlap, removeOverlaps } from './statements/overlaps';
import { linkFloating } from './statements/linkFloating';
import { leadingParticipleReports } from './statements/leadingReport';
import type { Problem, Quote, Speaker, Statement } from './types';

export interface Attribution {
  statements: Statement[];
  quotes: Quote[];
  speakers: Speaker[];
  problems: Problem[];
}

/** Unmarked block quotations after "… denied these allegations:"; their cues carry no indirect statement. */
function blockDrafts(doc: Doc, cues: readonly CueSpan[], index: CueIndex, used: Set<CueSpan>): Draft[] {
  const cueAt = new Uint8Array(doc.tokens.length);
  for (const c of cues) cueAt[c.verbTok] = 1;
  return findBlockQuotes(doc, index, cueAt).map((b) => {
    used.add(b.cue);
    const s = subjectOfCue(doc, b.cue);
    return { kind: 'direct', start: b.start, end: b.end, para: b.para, cue: b.cue, phrase: s?.phrase ?? null, apposition: s?.apposition ?? null, inherits: -1, quote: null };
  });
}

export function buildStatements(doc: Doc, scan: QuoteScan, cues: readonly CueSpan[], mentions: readonly Mention[]): Attribution {
  const index = new CueIndex(cues);
  const used = new Set<CueSpan>();
  const quoteList = quoteDrafts(doc, scan.quotes, index, used);
  const blocks = blockDrafts(doc, cues, index, used);
  const indirect = indirectDrafts(doc, cues, used, (c) => {
    const s = subjectOfCue(doc, c) ?? participleAfterMarkedComma(doc, c);
    return { phrase: s?.phrase ?? null, apposition: s?.apposition ?? null };
  });
  const overlapsQuote = quoteOverlap(scan.quotes);
  const cueTok = new Uint8Array(doc.tokens.length);
  for (const c of cues) cueTok[c.verbTok] = 1;
  const pulled: Draft[] = findPullQuotes(doc).filter((p) => !overlapsQuote(p.start, p.end))
    .map((p) => ({ kind: 'direct', start: p.start, end: p.end, para: p.para, cue: null, phrase: p.phrase, apposition: null, inherits: -1, quote: null }));
  const afterFragments = indirectAfterFragments(doc, quoteList, (t) => cueTok[t] === 1);
  // "Lynch: No outside influence on the probe": a headline's colon attributes (statements/headlineColonReport.ts).
  const colon = headlineColon(doc);
  const colonDraft: Draft[] = colon ? [{ kind: 'indirect', start: doc.tokens.start[colon.first], end: doc.tokens.end[colon.last], para: doc.tokens.para[colon.first], cue: null, phrase: colon.phrase, apposition: null, inherits: -1, quote: null }] : [];
  // "Announcing that the leader was dead, the president said …": the opening participle's report (leadingReport.ts).
  const leading = leadingParticipleReports(doc, cues, index, (c) => !used.has(c), (t) => cueTok[t] === 1);
  const reported = fragmentsInContent([...indirect, ...leading, ...colonDraft, ...afterFragments, ...passiveReports(doc, (t) => cueTok[t] === 1), ...possessedSpeechDrafts(doc, (t) => cueTok[t] === 1)].filter((d) => !inHeadline(doc, d) || isHeadlineReport(doc, d)), scan.quotes);
  const sorted = [...quoteList, ...reported].sort((a, b) => a.start - b.start);
  const floating = [...floatingFragments(doc, scan.quotes, sorted), ...sentenceFragments(doc, scan.quotes, sorted)];
  const drafts = removeOverlaps(doc, [...quoteList, ...blocks, ...pulled, ...reported, ...floating]).map((d) => {
    // "The court responded to the father's assertions that his son was "in hiding"": the father's words.
    const claimant = possessedClaimSource(doc, d);
    return claimant ? { ...d, phrase: claimant, apposition: null } : d;
  });
  linkFloating(doc, drafts);
  // Names inside an unmarked block quotation are the source's words, like names inside quotation marks.
  const visible = blocks.length ? mentions.filter(outsideBlocks(blocks)) : mentions;
  const built = buildSpeakers(doc, drafts, visible);
  // An indirect statement whose source resolves to no one ("I was told that …" outside quotation marks) is dropped.
  const keep = drafts.map((d, i) => d.kind !== 'indirect' || built.speakerOf[i] !== null);
  const kept = drafts.filter((_, i) => keep[i]);
  const speakerOf = built.speakerOf.filter((_, i) => keep[i]);
  const { problems } = built;
  const rows = kept.map((d, i) => ({
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: doc.text.slice(d.start, d.end),
    speakerId: speakerOf[i],
    speakerMention: d.phrase ? spanOf(doc, d.phrase.first, d.phrase.last) : null,
    cue: d.cue ? { start: d.cue.start, end: d.cue.end, text: d.cue.text, lemma: d.cue.lemma } : null,
  }));
  // Headline quotations the body quotes again (statements/headlineEcho.ts).
  const echoes = headlineEchoes(doc, scan.quotes, rows, built.speakers).map((e) => {
    e.quote.role = 'statement';
    return { kind: e.kind, start: e.start, end: e.end, text: doc.text.slice(e.start, e.end), speakerId: e.speakerId, speakerMention: null, cue: null };
  });
  // In reading order with the headline's own reports ("According to X, … "…," X said" as a headline): a stable sort
  // keeps an echo before a row that starts where it does.
  const statements: Statement[] = [...echoes, ...rows].sort((a, b) => a.start - b.start).map((s, i) => ({ id: `st${i + 1}`, ...s }));
  const speakers = echoes.length ? withEchoCounts(built.speakers, echoes) : built.speakers;
  for (const s of statements) {
    if (s.speakerId === null && s.kind !== 'indirect') problems.push({ start: s.start, end: s.end, code: 'unattributed-quote', message: 'No speaker found for this quotation.' });
  }
  return { statements, quotes: scan.quotes.map(toQuote), speakers, problems: [...scan.problems, ...problems].sort((a, b) => a.start - b.start) };
}

/**
 * `(m) => !blocks.some((b) => m.start >= b.start && m.end <= b.end)` by binary search: the blocks sorted by
 * start, with the greatest end of each prefix; a mention is inside one iff that end, over the blocks starting
 * at or before it, reaches its end.
 */
function outsideBlocks(blocks: readonly { start: number; end: number }[]): (m: { start: number; end: number }) => boolean {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const starts = sorted.map((b) => b.start);
  const reach: number[] = [];
  for (const b of sorted) reach.push(Math.max(b.end, reach.length ? reach[reach.length - 1] : -Infinity));
  return (m) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= m.start) lo = mid + 1; else hi = mid; }
    return lo === 0 || reach[lo - 1] < m.end;
  };
}

/** The speakers with the headline echoes (headlineEcho.ts) counted among their statements. */
function withEchoCounts(speakers: Speaker[], echoes: readonly { speakerId: string }[]): Speaker[] {
  const extra = new Map<string, number>();
  for (const e of echoes) extra.set(e.speakerId, (extra.get(e.speakerId) ?? 0) + 1);
  return speakers.map((s) => (extra.has(s.id) ? { ...s, statementCount: s.statementCount + extra.get(s.id)! } : s));
}

function spanOf(doc: Doc, first: number, last: number) {
  const start = doc.tokens.start[first];
  const end = doc.tokens.end[last];
  return { start, end, text: doc.text.slice(start, end) };
}
