/**
 * "Copy statement with attribution": a statement as a sentence a journalist can paste, naming the speaker in
 * full even where the article says "she":
 *   "We expect to move quickly," she told reporters.  →  “We expect to move quickly,” Condoleezza Rice told reporters.
 */
import type { Speaker, Statement } from '../types';

/** The statement with its speaker's full name and cue, in curly quotation marks. */
export function withAttribution(statement: Statement, speaker: Speaker | null): string {
  const words = collapseSpaces(statement.text);
  const cue = statement.cue ? lowerInitial(collapseSpaces(statement.cue.text)) : null;
  if (!speaker) return statement.kind === 'indirect' ? `${sentenceEnd(words)} (unattributed)` : `“${nestQuotes(words)}” (unattributed)`;
  const name = proseName(speaker.name);
  // Without a cue (a quotation continuing the previous one) no verb is invented: Condoleezza Rice: “We clearly want…”
  if (!cue) return upperInitial(statement.kind === 'indirect' ? `${name}: ${sentenceEnd(words)}` : `${name}: “${nestQuotes(sentenceEnd(words))}”`);
  if (statement.kind === 'direct') return `“${commaEnd(nestQuotes(words))}” ${name} ${cue}.`;
  if (/^according to$/i.test(cue)) {
    // Quoted words are never changed, not even their case: “quasi-state of war,” according to Yonhap.
    if (statement.kind === 'mixed') return `“${commaEnd(nestQuotes(words))}” according to ${name}.`;
    return `${upperInitial(stripEnd(words))}, according to ${name}.`;
  }
  const content = statement.kind === 'mixed' ? `“${nestQuotes(sentenceEnd(words))}”` : sentenceEnd(words);
  return upperInitial(`${name} ${cue} ${content}`);
}

/** Joint sources are listed "Bush; Vladimir Putin"; prose says "Bush and Vladimir Putin". */
function proseName(name: string): string {
  const parts = name.split(/\s*;\s*/).filter(Boolean);
  return parts.length < 2 ? name : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The last mark of a quotation that a cue follows is a comma, unless it asks or exclaims: “Why?” he asked. */
function commaEnd(words: string): string {
  if (/[?!…]$/.test(words) || words.endsWith('...')) return words;
  return `${stripEnd(words)},`;
}

function sentenceEnd(words: string): string {
  if (/[.?!…]$/.test(words)) return words;
  return `${stripEnd(words)}.`;
}

function stripEnd(words: string): string {
  return words.replace(/[\s,;:.]+$/u, '');
}

/** Quotation marks inside the statement become single marks: He called it “a ‘new’ framework.” */
function nestQuotes(words: string): string {
  let open = true;
  return words.replace(/[“”"]/g, (mark) => {
    const single = mark === '“' || (mark === '"' && open) ? '‘' : '’';
    open = single === '’';
    return single;
  });
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Said" at the head of an inverted cue ("Said Putin: …") reads "said" after the name; "UN" stays. */
function lowerInitial(cue: string): string {
  return /^[A-Z][a-z]/.test(cue) ? cue[0].toLowerCase() + cue.slice(1) : cue;
}

/** A sentence starts with a capital ("the Bush administration said…" → "The Bush administration said…"). */
function upperInitial(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
