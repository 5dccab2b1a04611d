/**
 * What scanQuotes (find.ts) needs to know of the marks ahead, found in one pass each before it pairs them:
 * whether a single closer follows in the paragraph, whether the next double mark closes, and each paragraph's
 * first double mark (where a quotation left open at a paragraph's end may go on).
 */
import type { Doc } from '../doc';
import type { Mark } from './marks';

/** For each mark, whether a closing-shaped single mark follows it in the same paragraph (one backward pass). */
export function singleCloserAhead(doc: Doc, marks: readonly Mark[]): boolean[] {
  const ahead = new Array<boolean>(marks.length).fill(false);
  let seen = false;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (i + 1 < marks.length && doc.tokens.para[marks[i + 1].tok] !== doc.tokens.para[marks[i].tok]) seen = false;
    ahead[i] = seen;
    if (marks[i].family === 'single' && marks[i].shape === 'close') seen = true;
  }
  return ahead;
}

/**
 * For each double mark, whether the next double mark in its paragraph is closing-shaped. A closing-shaped
 * mark with no quotation open that is followed by another closing one was meant to open:
 * `accessible for schools," For example, … exercise".`
 */
export function closerFollows(doc: Doc, marks: readonly Mark[]): boolean[] {
  const follows = new Array<boolean>(marks.length).fill(false);
  let next: Mark | null = null;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].family !== 'double') continue;
    follows[i] = next !== null && doc.tokens.para[next.tok] === doc.tokens.para[marks[i].tok] && next.shape === 'close';
    next = marks[i];
  }
  return follows;
}

/** The first double mark of each paragraph, by paragraph index. */
export function firstDoubleByParagraph(doc: Doc, marks: readonly Mark[]): Map<number, Mark> {
  const first = new Map<number, Mark>();
  for (const m of marks) {
    const para = doc.tokens.para[m.tok];
    if (m.family === 'double' && !first.has(para)) first.set(para, m);
  }
  return first;
}
