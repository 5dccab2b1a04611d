/**
 * A poll, survey or set of interviews named after "according to", with what it asked: "…, according to exit
 * polls (a wide margin)", "…, according to a poll of 400 voters released on Friday by Latino Decisions, a
 * research group", "…, according to interviews with a dozen party leaders." The phrase walks stop at such a
 * head ("poll", "exit" are verb forms too) or at its "of"/"with"; the source runs from the head's determiner
 * through its complement to the comma, the stop or an opening parenthesis (accordingSource.ts asks here last).
 */
import type { Doc } from '../doc';
import type { Phrase } from '../mentions/np';
import { PUNCT, QUOTE, WORD } from '../text/tokenTable';
import { AUX } from './verbWords';

/** Heads of a study-like source ("poll", "survey", "interviews", "records"). */
const STUDY_HEADS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'interviews', 'interview', 'study', 'studies', 'analysis', 'tally', 'count', 'estimates', 'figures', 'data', 'records', 'documents']);
/** Words that may open the source before its head: determiners, "new", "exit", small numbers ("two recent polls"). */
const OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'recent', 'new', 'latest', 'exit', 'several', 'two', 'three']);
/** Words opening the head's complement ("a poll of 400 voters", "interviews with …", "a survey released …"). */
const COMPLEMENTS = new Set(['of', 'with', 'by', 'from', 'among', 'released', 'conducted', 'published', 'taken']);
/** Words before the head: "a new national poll". */
const MAX_BEFORE_HEAD = 4;
/** Words of the complement: "of 400 registered Latino voters released on Friday by Latino Decisions". */
const MAX_COMPLEMENT = 14;

/** The study source starting at token `i` (right after "according to"), through its complement; or null. */
export function studySource(doc: Doc, i: number): Phrase | null {
  const { lower, kind, sent } = doc.tokens;
  let head = -1;
  for (let k = i; k < i + MAX_BEFORE_HEAD + 1 && sent[k] === sent[i] && kind[k] === WORD; k++) {
    if (STUDY_HEADS.has(lower[k])) { head = k; break; }
    if (k > i && !OPENERS.has(lower[k]) && AUX.has(lower[k])) return null;
  }
  if (head < 0 || (head > i && !OPENERS.has(lower[i]) && !/^\d/.test(lower[i]))) return null;
  const closes = (k: number) => sent[k] !== sent[i] || (kind[k] === PUNCT && /^[,.;!?(]$/.test(lower[k]));
  if (closes(head + 1)) return { first: i, last: head };
  if (!COMPLEMENTS.has(lower[head + 1])) return null;
  for (let k = head + 2; k < head + 2 + MAX_COMPLEMENT && k < doc.tokens.length; k++) {
    if (closes(k)) return { first: i, last: k - 1 };
    if (kind[k] === QUOTE || AUX.has(lower[k]) || lower[k] === 'that' || lower[k] === 'who') return null;
  }
  return null;
}

/** How far a parenthesis after a source may run (tokens). */
const MAX_PARENTHESIS = 30;

/** Whether a parenthesis opens at `k` and, closed, ends the sentence (`b` its last token): "…, according to exit polls (a wide margin)." */
export function parenthesisCloses(doc: Doc, k: number, b: number): boolean {
  const lower = doc.tokens.lower;
  if (lower[k] !== '(') return false;
  for (let c = k + 1; c <= b && c < k + MAX_PARENTHESIS; c++) if (lower[c] === ')') return c + 1 > b || /^[.!?]$/.test(lower[c + 1] ?? '');
  return false;
}
