/**
 * How figures relate: which figures count the same thing (by head noun, through a small synonym table:
 * "weapons" and "warheads" are the same thing, "strategic" and "tactical" are not), the change between them,
 * and whether a knowledge-base number agrees with a figure.
 */
import type { Quantity } from '../knowledge/types';
import type { Figure } from '../types';
import { LEXICON } from './lexicon';

const SYNONYM_GROUP = new Map<string, number>();
LEXICON.headSynonyms.forEach((group, i) => group.forEach((w) => SYNONYM_GROUP.set(w.toLowerCase(), i)));
const CONTRASTS: readonly (readonly string[])[] = LEXICON.contrastModifiers;
const PER = new Set(LEXICON.perWords.flatMap((p) => p.split(' ')));

interface Phrase {
  readonly head: string;
  readonly modifiers: readonly string[];
}

/** "strategic nuclear weapons" → head "weapons" (key of its synonym group), modifiers ["strategic", "nuclear"]. */
export function parseCounted(counts: string): Phrase | null {
  const words = counts.toLowerCase().replace(/[()]/g, ' ').split(/[\s,]+/).filter((w) => w && !PER.has(w));
  if (words.length === 0) return null;
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (SYNONYM_GROUP.has(tail)) return { head: `#${SYNONYM_GROUP.get(tail)}`, modifiers: words.slice(0, -n) };
  }
  const last = words[words.length - 1];
  const singular = last.replace(/(?<=[^s])s$/, '');
  return { head: SYNONYM_GROUP.has(singular) ? `#${SYNONYM_GROUP.get(singular)}` : singular, modifiers: words.slice(0, -1) };
}

function contrasting(a: readonly string[], b: readonly string[]): boolean {
  return CONTRASTS.some((set) => {
    const inA = a.filter((w) => set.includes(w));
    const inB = b.filter((w) => set.includes(w));
    return inA.length > 0 && inB.length > 0 && !inA.some((w) => inB.includes(w));
  });
}

/** Two noun phrases name the same kind of thing. */
export function sameCounted(a: string, b: string): boolean {
  const pa = parseCounted(a);
  const pb = parseCounted(b);
  return pa !== null && pb !== null && pa.head === pb.head && !contrasting(pa.modifiers, pb.modifiers);
}

/** Two figures count the same thing in the same unit. */
export function sameThing(a: Figure, b: Figure): boolean {
  const countable = (f: Figure) => (f.kind === 'count' || f.kind === 'range') && f.counts !== null;
  return countable(a) && countable(b) && a.unit === b.unit && sameCounted(a.counts as string, b.counts as string);
}

export interface Change {
  /** Percent changes from the base to each end of the other figure, smaller magnitude first. */
  readonly low: number;
  readonly high: number;
}

/** The percent change from `base` (its value, or its range's midpoint) to `other`. */
export function changeBetween(base: Figure, other: Figure): Change | null {
  const from = base.value === base.high ? base.value : (base.value + base.high) / 2;
  if (from === 0) return null;
  const a = ((other.value - from) / from) * 100;
  const b = ((other.high - from) / from) * 100;
  return Math.abs(a) <= Math.abs(b) ? { low: a, high: b } : { low: b, high: a };
}

export interface Related {
  /** The first figure of the article counting this thing: the base of the changes. */
  readonly base: Figure;
  readonly others: readonly { readonly figure: Figure; readonly change: Change | null }[];
}

/** The figures counting the same thing as `figure`, with their change from the first of them. */
export function relatedFigures(figure: Figure, figures: readonly Figure[]): Related | null {
  const group = figures.filter((f) => f === figure || sameThing(f, figure));
  if (group.length < 2) return null;
  const base = group[0];
  return { base, others: group.filter((f) => f !== base).map((f) => ({ figure: f, change: changeBetween(base, f) })) };
}

/** Whether a knowledge-base quantity and a figure give the same number for the same thing. */
export function compareQuantity(figure: Figure, q: Quantity): 'agrees' | 'differs' | null {
  if (!figure.counts || !sameCounted(figure.counts, q.counts)) return null;
  return figure.value === q.value && figure.high === (q.high ?? q.value) ? 'agrees' : 'differs';
}
