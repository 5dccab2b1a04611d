/**
 * Statement drafts: every attributed quotation (direct or mixed) and every indirect content clause, with
 * the phrase naming its source, before sources are resolved to speakers.
 */
import type { CueSpan } from '../cues';
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import type { QuoteSpan } from '../quotes/span';
import { isTitleByTrigger, readsAsSpeech, roleWithoutCue } from '../quotes/roles';
import { isDeterminedName, isEmbeddedPhrase, isVerdictAfterArticle, saidStraightAfter } from '../quotes/embedded';
import type { StatementKind } from '../types';
import { attributeAfter, type QuoteAttribution } from './attribution';
import { attributeBefore } from './attributeBefore';
import { CueIndex } from './cueIndex';
import { speakerOverMedium } from './accordingPrecedence';
import { attributeParticipleAfter } from './participle';
import { uncuedQuoteSubject } from './uncuedQuoteSubject';
import { closingReport } from './closingReport';
import { withLeadingParticiple } from './leadingParticiple';
import { contentOf } from './indirect';
import { checkedContent } from './relativeInfinitive';
import { secondAfterMidCue } from './midSentence';
import { clauseBeforeMidCue, clauseBetween } from './clauseBeforeQuote';
import { subjectInsideClaim } from './claimNouns';
import { isFinding } from './findings';
import { isOwnOutlet } from './ownOutlet';
import { WORD } from '../text/tokenTable';
import { isSecondHalfOfSplit } from './splitQuote';
import { isFragmentObject } from './fragmentObject';
import { isDocumentWording } from '../quotes/documentWording';
import { headlineAttribution } from './headlineQuote';
import { cueRightBefore } from './cueRightBefore';
import { transcriptLabel } from './transcriptLabel';
import { markedPullQuote } from './pullQuoteInMarks';
import { SentenceRepeats } from './repeats';

export interface Draft {
  readonly kind: StatementKind;
  start: number;
  end: number;
  readonly para: number;
  readonly cue: CueSpan | null;
  readonly phrase: Phrase | null;
  readonly apposition: string | null;
  /** Index of the earlier draft whose source this one continues, or -1. */
  inherits: number;
  readonly quote: QuoteSpan | null;
}

/** Whether the words between the cue and the opening mark embed the quotation in the sentence. */
function isEmbedded(doc: Doc, q: QuoteSpan, att: QuoteAttribution): boolean {
  const { kind, lower, para } = doc.tokens;
  const prev = q.openTok - 1;
  if (!att.cueBefore || !att.cue) {
    return prev >= 0 && para[prev] === q.para && kind[prev] === WORD && !/^\p{Lu}/u.test(q.text) && q.words <= 12;
  }
  let between = 0;
  for (let k = att.cue.lastTok + 1; k < q.openTok; k++) if (kind[k] === WORD && lower[k] !== 'that') between++;
  // "what she called "a betrayal of voters"": a naming verb's quoted predicate is a fragment of the sentence.
  // "He promised "no new taxes"": a noun-phrase object in quotation marks is a fragment too.
  if (between === 0) return (att.cue.frames.has('description') && !/^\p{Lu}/u.test(q.text) && q.words <= 12) || isFragmentObject(doc, q, att.cue.lemma);
  if (isSecondHalfOfSplit(doc, q, att.cue)) return false;
  // A punctuation token's `lower` is the mark itself.
  // A capitalised quotation after ",", ":" or ";" stands on its own ("… for a movement; "Not just me …"").
  return !(/^\p{Lu}/u.test(q.text) && (lower[prev] === ',' || lower[prev] === ':' || lower[prev] === ';'));
}

/** `"We won."` standing as a sentence of its own: speech, however short. */
function isWholeSentence(doc: Doc, q: QuoteSpan): boolean {
  if (q.closeTok === null || !/[.!?]$/.test(q.text) || !/^\P{L}{0,3}\p{Lu}/u.test(q.text)) return false;
  const sent = doc.tokens.sent;
  const before = q.openTok - 1;
  const after = q.closeTok + 1;
  return (before < 0 || sent[before] !== sent[q.openTok]) && (after >= doc.tokens.length || sent[after] !== sent[q.closeTok]);
}

export function quoteDrafts(doc: Doc, quotes: QuoteSpan[], index: CueIndex, used: Set<CueSpan>): Draft[] {
  const drafts: Draft[] = [];
  let repeats: SentenceRepeats | null = null;
  const sentenceRepeats = () => (repeats ??= new SentenceRepeats(doc));
  for (const q of quotes) {
    if (q.para < 0 && q.depth === 0) {
      // "Scotland says 'No' in independence referendum": the headline's own cue (statements/headlineQuote.ts).
      const own = headlineAttribution(doc, q, index);
      q.role = own ? 'statement' : roleWithoutCue(doc, q);
      if (own) drafts.push({ kind: 'mixed', start: q.start, end: q.end, para: q.para, cue: own.cue, phrase: own.phrase, apposition: own.apposition, inherits: -1, quote: q });
      if (own?.cue) used.add(own.cue);
      continue;
    }
    if (q.para < 0 || q.depth === 1) { q.role = roleWithoutCue(doc, q); continue; }
    // Quotations in a reference list ("Sources") are the titles of the works cited.
    if (doc.backMatter.has(q.para)) { q.role = 'title'; continue; }
    const named = roleWithoutCue(doc, q);
    if (named === 'title' && (isTitleByTrigger(doc, q) || isDeterminedName(doc, q))) { q.role = named; continue; }
    if (named === 'term' || named === 'nickname') { q.role = named; continue; }
    if (isDocumentWording(doc, q)) { q.role = 'term'; continue; }
    // `voters pull the lever for "R," or "D," according to instinct`: a quoted letter is a label, no one's words.
    if (/^\P{L}*\p{L}\P{L}*$/u.test(q.text)) { q.role = 'term'; continue; }
    // `"HOLT: Senator, did you know?` ¶ `"RUIZ: I did not."`: a transcript turn, spoken by its label (transcriptLabel.ts).
    const label = transcriptLabel(doc, q);
    if (label) {
      q.role = 'statement';
      drafts.push({ kind: 'direct', start: label.start, end: q.end, para: q.para, cue: null, phrase: label.phrase, apposition: null, inherits: -1, quote: q });
      continue;
    }
    // `"If the mayor loses, …¶Ohio Sen. Ann Holt."`: a pull quote's line names its source (pullQuoteInMarks.ts).
    const pulled = markedPullQuote(doc, q, sentenceRepeats);
    if (pulled) {
      q.role = 'statement';
      drafts.push({ kind: 'direct', start: q.start, end: pulled.end, para: q.para, cue: null, phrase: pulled.phrase, apposition: null, inherits: -1, quote: q });
      continue;
    }
    const after = withLeadingParticiple(doc, q, attributeAfter(doc, q, index), index);
    // `… shouted, "Cruz," Beck joked, "…"`: the cue right before the quotation wins (statements/cueRightBefore.ts).
    const speaker = (after?.cue ? cueRightBefore(doc, q, index, () => attributeBefore(doc, q, index)) : null) ?? speakerOverMedium(doc, q, after, () => attributeBefore(doc, q, index));
    // The medium's "according to" then reports the same words: it carries no statement of its own.
    if (speaker !== after && after?.cue) used.add(after.cue);
    let att = speaker ?? attributeBefore(doc, q, index) ?? attributeParticipleAfter(doc, q, index) ?? closingReport(doc, q, index) ?? uncuedQuoteSubject(doc, q);
    // A quotation after the sentence that attributed the previous one continues it (no mention of its own).
    if (att?.fromPreviousSentence && att.cue && used.has(att.cue)) att = null;
    // "…," said Haddad. "Patients lived longer.¶"We now …": left open for the next paragraph, it is running speech.
    const speech = (readsAsSpeech(q) && (att !== null || !isEmbeddedPhrase(doc, q))) || q.continuesPrev || q.continuedNext || isWholeSentence(doc, q);
    const verdict = named === 'title' && att?.cue != null && att.cueBefore && (isVerdictAfterArticle(doc, q, att.cue.frames.has('description')) || saidStraightAfter(doc, q, att.cue));
    const role = att && att.cueBefore && !speech && !verdict ? named : 'statement';
    const attributed = att !== null && (role === 'statement' || role === 'scare');
    if (!attributed && !speech) { q.role = named; continue; }
    if (!attributed && named === 'title') { q.role = named; continue; }
    q.role = 'statement';
    if (att?.cue && !att.fromPreviousSentence && !clauseBetween(doc, att.cue, q.openTok) && !clauseBeforeMidCue(doc, att.cue, q.openTok)) used.add(att.cue);
    const kind: StatementKind = att && !att.fromPreviousSentence && isEmbedded(doc, q, att) ? 'mixed' : 'direct';
    drafts.push({ kind, start: q.start, end: q.end, para: q.para, cue: attributed ? att!.cue : null, phrase: attributed ? att!.phrase : null, apposition: attributed ? att!.apposition : null, inherits: -1, quote: q });
  }
  return drafts;
}

export function indirectDrafts(doc: Doc, cues: readonly CueSpan[], used: ReadonlySet<CueSpan>, phraseOf: (c: CueSpan) => { phrase: Phrase | null; apposition: string | null }): Draft[] {
  const cueAt = new Uint8Array(doc.tokens.length);
  for (const c of cues) cueAt[c.verbTok] = 1;
  const drafts: Draft[] = [];
  for (const cue of cues) {
    if (used.has(cue) || doc.backMatter.has(doc.tokens.para[cue.verbTok])) continue;
    const content = checkedContent(doc, cue, contentOf(doc, cue, (t) => cueAt[t] === 1));
    if (!content) continue;
    const { phrase, apposition } = phraseOf(cue);
    // "allegations he ordered troops to fire" (content after the cue) is alleged; "a claim the ministry disputes" reports.
    if (!phrase || (content.first > cue.lastTok && subjectInsideClaim(doc, phrase)) || isFinding(doc, cue, phrase) || isOwnOutlet(doc, phrase)) continue;
    const start = doc.tokens.start[content.first];
    const end = doc.tokens.end[content.last];
    drafts.push({ kind: 'indirect', start, end, para: doc.tokens.para[content.first], cue, phrase, apposition, inherits: -1, quote: null });
    // "…, Ruiz said, and for the town it is a matter of pride": the second clause is the same source's.
    const second = secondAfterMidCue(doc, cue, content, (t) => cueAt[t] === 1);
    if (second) drafts.push({ kind: 'indirect', start: doc.tokens.start[second.first], end: doc.tokens.end[second.last], para: doc.tokens.para[second.first], cue, phrase, apposition, inherits: -1, quote: null });
  }
  return drafts;
}
