/**
 * Where the content clause of a reporting cue lies, and whether it is a clause at all. "announced the
 * locations that would be given …" has a noun object, not a clause; "announces where four orbiters will
 * be displayed" and "said the boy was welcome" do.
 */
import type { Doc } from '../doc';
import { VERB_FORMS } from '../cues/lexicon';

const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'re", "'ll", "'d", "won't", "can't", "don't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"]);
const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'where', 'what', 'whether', 'if', 'how', 'why', 'when', 'who', 'which']);
const COMMON_VERBS = new Set(['raise', 'need', 'want', 'make', 'take', 'give', 'show', 'think', 'know', 'believe', 'remain', 'face', 'lack', 'plan', 'hope', 'fear', 'expect', 'seem', 'appear', 'help', 'work', 'pose', 'cause', 'include', 'provide', 'require', 'mean', 'allow', 'create', 'lead', 'reduce', 'increase', 'affect', 'get', 'go', 'come', 'become', 'keep', 'find', 'feel', 'live', 'die', 'pay', 'cost', 'exist', 'support', 'oppose', 'threaten', 'risk', 'suffer', 'depend', 'deserve', 'belong', 'try', 'stay', 'leave', 'return', 'continue', 'start', 'stop', 'win', 'lose', 'felt', 'thought', 'knew', 'wants', 'wanted', 'needs', 'needed', 'believes', 'believed', 'plans', 'planned', 'hopes', 'hoped', 'fears', 'feared', 'expects', 'expected', 'faces', 'faced', 'feels', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'continues', 'continued', 'lacks', 'lacked', 'shares', 'shared', 'wishes', 'wished', 'became', 'becomes', 'got', 'gets', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'went', 'goes', 'came', 'comes', 'saw', 'sees', 'left', 'leaves', 'kept', 'keeps', 'won', 'wins', 'lost', 'loses', 'met', 'meets', 'ran', 'runs', 'held', 'holds', 'brought', 'brings', 'began', 'begins', 'caused', 'causes', 'helped', 'helps', 'worked', 'works', 'tried', 'tries', 'used', 'uses', 'needs', 'owns', 'owned', 'exists', 'existed', 'occurred', 'occurs', 'happened', 'happens', 'died', 'dies', 'killed', 'kills', 'started', 'starts', 'stopped', 'stops', 'increased', 'increases', 'fell', 'falls', 'rose', 'rises', 'grew', 'grows', 'knows', 'thinks', 'means', 'meant', 'includes', 'included', 'contains', 'contained', 'violated', 'violates', 'received', 'receives']);
const FRONTED = new Set(['by', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'until', 'despite', 'although', 'though', 'because', 'once', 'unless', 'while', 'as', 'for', 'without', 'with', 'under', 'given', 'according']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'any', 'no', 'each', 'every']);

/** Whether tokens [from, to] read as a clause with a finite verb (not a bare noun object). */
export function isClause(doc: Doc, from: number, to: number): boolean {
  if (from > to) return false;
  let first = doc.tokens[from];
  if (CLAUSE_OPENERS.has(first.lower)) return true;
  // "by 2050, increasing population … would increase …": a fronted adverbial before the clause.
  if (FRONTED.has(first.lower)) {
    const comma = nextComma(doc, from + 1, first.sent);
    if (comma > 0 && comma < to) { from = comma + 1; first = doc.tokens[from]; if (CLAUSE_OPENERS.has(first.lower)) return true; }
  }
  const limit = Math.min(to, from + 18);
  for (let i = from; i <= limit; i++) {
    const t = doc.tokens[i];
    if (t.text === ',' && i > from) {
      // "the suspect, a 32-year-old man, was arrested", "the man, who was 45, had been": a parenthesis.
      const close = nextComma(doc, i + 2, t.sent);
      if (close < 0 || i - from > 5) return false;
      i = close;
      continue;
    }
    if (t.type !== 'w') continue;
    const prev = doc.tokens[i - 1];
    if (RELATIVE.has(t.lower) && i > from) return false;
    // "the start of a public process to suggest designs, and …": a noun object, its verb never comes.
    if (t.lower === 'to' && i > from && DETERMINER.has(first.lower)) return false;
    // A clause opening with a modal has its subject before the cue ("which officials have said could
    // violate …"); one opening with any other verb has none ("tweeted support of …").
    if (i === from) { if (AUX.has(t.lower)) return true; continue; }
    if (AUX.has(t.lower) || (COMMON_VERBS.has(t.lower) && !DETERMINER.has(prev.lower))) return true;
    if (VERB_FORMS.has(t.lower) && i > from && !DETERMINER.has(prev.lower)) return true;
    if (i > from && /ed$/.test(t.lower) && t.lower.length > 4 && !DETERMINER.has(prev.lower) && prev.type === 'w' && !t.cap) return true;
    if (i > from && /[^s]s$/.test(t.lower) && prev.cap && prev.type === 'w' && !t.cap && i - from <= 4) return true;
  }
  return false;
}

/** Whether a coordinated cue starts at or just after token `k` (", and cautioned", ", but critics charge"). */
function coordinatedCue(doc: Doc, k: number, isCueAt: (tok: number) => boolean): boolean {
  if (/^(?:and|but)$/.test(doc.tokens[k]?.lower ?? '')) k++;
  if (doc.tokens[k]?.lower === 'according') return true;
  for (let j = k; j < k + 4 && doc.tokens[j]; j++) {
    if (isCueAt(j) && doc.tokens[j + 1]?.text !== ',') return true;
    const t = doc.tokens[j];
    if (t.type !== 'w' || (!/^(?:also|later|then|has|have|had|the|some|many)$/.test(t.lower) && !t.cap && j > k + 1)) return false;
  }
  return false;
}

function nextComma(doc: Doc, from: number, sent: number): number {
  for (let k = from; k < from + 15 && doc.tokens[k] && doc.tokens[k].sent === sent; k++) if (doc.tokens[k].text === ',') return k;
  return -1;
}

const STOPPERS = new Set([';', '--', '—', '–', '(']);

/** The last token of a content clause starting at `from`: the sentence end, or a dash, semicolon,
 *  bracket, a coordinated cue (", and cautioned") or ", according to". */
export function clauseEnd(doc: Doc, from: number, isCueAt: (tok: number) => boolean): number {
  const sent = doc.tokens[from].sent;
  let i = from;
  for (; i + 1 < doc.tokens.length && doc.tokens[i + 1].sent === sent && i - from < 150; i++) {
    const n = doc.tokens[i + 1];
    if (STOPPERS.has(n.text) && i > from) break;
    if (n.text === '-' && (doc.tokens[i + 2]?.text === '-' || (n.start > doc.tokens[i].end && doc.tokens[i + 2]?.start > n.end))) break;
    if (n.text === ',' && /^(?:which|who|whom|whose)$/.test(doc.tokens[i + 2]?.lower ?? '')) {
      // "the man, who was 45, had been arrested" runs on; "the ABM treaty, which was meant to …." ends here.
      const close = nextComma(doc, i + 3, sent);
      if (close < 0) break;
      i = close - 1;
      continue;
    }
    if ((n.lower === 'and' || n.lower === 'but' || n.text === ',') && i > from && coordinatedCue(doc, i + 2, isCueAt)) break;
  }
  while (i > from && doc.tokens[i].type === 'p') i--;
  return i;
}
