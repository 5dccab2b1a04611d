/**
 * Quotations with no source phrase of their own (statements.ts): a quotation continues the source of the
 * statement before it when the text runs on — same paragraph, the next one after a report, or across
 * captions — or of the source that "also" speaks right after it; a quotation left open at its paragraph's end
 * takes the source of the attribution its continuation ends with (continuedQuote.ts); a paragraph quotation
 * continues across one paragraph of narrative (acrossNarrative.ts). A question put to a passive subject with no
 * agent, or a transcript turn labelled with no name, continues no one (askedQuestion.ts, transcriptLabel.ts).
 */
import type { Doc } from '../doc';
import type { Draft } from './drafts';
import { alsoSourceAfter } from './alsoAfterQuote';
import { isParagraphQuote } from './paragraphQuote';
import { continuationSource } from './continuedQuote';
import { continuesAcrossNarrative } from './acrossNarrative';
import { isQuestionToPassiveSubject } from './askedQuestion';
import { transcriptLabel } from './transcriptLabel';

/** Floating quotations continue the previous statement's source when the text runs on. */
export function linkFloating(doc: Doc, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.phrase || !d.quote) continue;
    // `Ruiz was asked, "…?"` (an unnamed asker) or `"VIDEO: …"` (a transcript turn labelled with no name).
    if (isQuestionToPassiveSubject(doc, d.quote) || transcriptLabel(doc, d.quote)) continue;
    // `"We came ashore at dawn.` (left open) then `"I lost three friends," he said.`: the continuation's source.
    const continued = continuationSource(drafts, i);
    if (continued >= 0) { d.inherits = continued; continue; }
    if (i === 0) continue;
    // `"…." Ruiz also said that …`: the source "also" speaking next.
    if (i + 1 < drafts.length && alsoSourceAfter(doc, d, drafts[i + 1])) { d.inherits = i + 1; continue; }
    const prev = drafts[i - 1];
    const gap = d.para - prev.para;
    let captionsOnly = gap >= 0;
    for (let p = prev.para + 1; p < d.para && captionsOnly; p++) captionsOnly = doc.captions.has(p);
    const standsAlone = gap === 1 && prev.kind === 'indirect' && isParagraphQuote(doc, d.quote);
    // A quotation, or a block quotation its cue introduced ("…, stating:" then the block), runs on into it.
    const quoted = prev.quote !== null || (prev.kind === 'direct' && prev.cue !== null);
    if (gap === 0 || standsAlone || (captionsOnly && gap <= 3 && (d.quote.continuesPrev || quoted)) || continuesAcrossNarrative(doc, drafts, i)) d.inherits = i - 1;
  }
}
