/**
 * What the marks around a mark say about it, one backward pass each (quotes/find.ts pairs the marks): a plural
 * possessive's apostrophe inside a single-quoted quotation, and a double-marked quotation nested in another.
 */
import type { Doc } from '../doc';
import type { Mark } from './marks';

/**
 * For each mark, whether it is the apostrophe of a plural possessive inside a single-quoted span: `players' union`
 * (after "s", before a space and a lowercase letter) with a closing-shaped single mark still ahead in the
 * paragraph before any opening one ('The players' union won't accept this,'). "the 'red lines' policy and
 * 'black swans' theory" keeps its closers: an opening mark comes first. One backward pass.
 */
export function pluralPossessives(doc: Doc, marks: readonly Mark[]): boolean[] {
  const out = new Array<boolean>(marks.length).fill(false);
  const text = doc.text;
  let closerAhead = false;
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i];
    if (i + 1 < marks.length && doc.tokens.para[marks[i + 1].tok] !== doc.tokens.para[m.tok]) closerAhead = false;
    if (m.family !== 'single') continue;
    if (m.shape === 'close') {
      const p = m.start;
      const shaped = (text[p - 1] === 's' || text[p - 1] === 'S') && text[p + 1] === ' ' && /\p{Ll}/u.test(text[p + 2] ?? '');
      out[i] = closerAhead && shaped;
      // "'drugs' were found in Jones' car": a possessive-shaped mark is no closer to wait for.
      if (!shaped) closerAhead = true;
    } else if (m.shape === 'open') closerAhead = false;
  }
  return out;
}

/**
 * For each double mark, how an opening mark met inside an open quotation nests (0: it does not, it ends the
 * first one). 2: two closing-shaped double marks follow in its paragraph before any opening one, so it opens a
 * quotation nested in the first, written with double marks too (`"We were poor. I told them, "Keep your heads
 * up," but they didn't."`). 1: one closer follows, and a comma or colon introduces the mark (`"At one time I
 * called him brother. He replied, "Don't call me that."`): the nested quotation and the first end together at
 * that closer. One backward pass.
 */
export function nestedDoubles(doc: Doc, marks: readonly Mark[]): Uint8Array {
  const out = new Uint8Array(marks.length);
  let closers = 0;
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i];
    if (i + 1 < marks.length && doc.tokens.para[marks[i + 1].tok] !== doc.tokens.para[m.tok]) closers = 0;
    if (m.family !== 'double') continue;
    const before = doc.tokens.lower[m.tok - 1];
    out[i] = closers >= 2 ? 2 : closers === 1 && (before === ',' || before === ':') && doc.tokens.para[m.tok - 1] === doc.tokens.para[m.tok] ? 1 : 0;
    if (m.shape === 'close') closers++;
    else if (m.shape === 'open') closers = 0;
  }
  return out;
}
