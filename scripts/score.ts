/**
 * The statement scorer of ../shared/tools/score.py, ported line for line so `npm run eval` and the official
 * scorer agree: spans trimmed to letters and digits, matched greedily by overlap (≥ 0.5 of both spans),
 * speakers compared by name keys. Offsets inside are code points, as Python indexes strings.
 */

export interface GoldStatement {
  kind: string;
  text: string;
  speaker: string;
  aliases?: string[];
  start?: number;
  end?: number;
  sourceSpans?: Array<[number, number]>;
}
export interface Gold { article: string; statements: GoldStatement[] }
export interface PredSpeaker { name?: string; aliases?: string[] }
export interface PredStatement { kind?: string; start?: number; end?: number; speaker?: PredSpeaker | null; speakerMention?: { start: number; end: number } | null }
export interface GroupScore { gold: number; pred: number; match: number; spk: number; misses: string[]; fps: string[]; wrong: Array<[string, string, string | null]> }
export type Group = 'quote' | 'indirect';
export const GROUPS: Record<Group, ReadonlySet<string>> = { quote: new Set(['direct', 'mixed']), indirect: new Set(['indirect']) };

const TITLES = new Set(['president', 'mr', 'mrs', 'ms', 'dr', 'sir', 'prime', 'minister', 'the', 'a', 'an', 'of', 'secretary', 'general', 'gen', 'sen', 'senator', 'rep', 'governor', 'gov', 'chief', 'former']);
const toks = (s: string) => s.toLowerCase().replace(/[^0-9a-z]+/g, ' ').split(' ').filter((t) => t);
const nameKeys = (name: string) => new Set(toks(name).filter((t) => !TITLES.has(t)));
const norm = (s: string) => toks(s).join(' ');
const isAlnum = (c: string) => /^[\p{L}\p{N}]$/u.test(c);

export function speakerOk(gold: GoldStatement, pred: PredSpeaker | null | undefined): boolean {
  if (!pred) return false;
  const pname = pred.name || '';
  const paliases = [pname, ...(pred.aliases || [])];
  const pkeys = new Set<string>();
  for (const a of paliases) for (const k of nameKeys(a)) pkeys.add(k);
  const gnames = gold.speaker.split(';').map((g) => g.trim());
  const galiases = [gold.speaker, ...gnames, ...(gold.aliases || [])];
  const pn = new Set(paliases.map(norm));
  if (galiases.filter((a) => a).some((a) => pn.has(norm(a)))) return true;
  for (const g of gnames) {
    const gk = toks(g).filter((x) => !TITLES.has(x));
    if (gk.length && pkeys.has(gk[gk.length - 1])) return true;
  }
  for (const a of gold.aliases || []) {
    const ak = nameKeys(a);
    if (ak.size && [...ak].every((k) => pkeys.has(k))) return true;
  }
  return false;
}

/** score.py's mention_ok: the statement's speaker mention (UTF-16 offsets) overlaps a gold source span (code points). */
function mentionOk(sourceSpans: Array<[number, number]>, p: PredStatement, m: readonly number[]): boolean {
  const sm = p.speakerMention;
  if (!sm || typeof sm.start !== 'number' || m[sm.start] === undefined || m[sm.end] === undefined) return false;
  const a = m[sm.start], b = m[sm.end];
  return sourceSpans.some((x) => overlap([a, b], [x[0], x[1]]) > 0);
}

const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

function trim(cps: readonly string[], s: number, e: number): [number, number] {
  while (s < e && !isAlnum(cps[s])) s++;
  while (e > s && !isAlnum(cps[e - 1])) e--;
  return [s, e];
}

/** UTF-16 offset → code point index, for every offset 0..length. */
function utf16ToCodePoint(text: string): number[] {
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map.push(cp);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { map.push(cp); i++; }
    cp++;
  }
  map.push(cp);
  return map;
}

/** Python's str.find over code points. */
function find(cps: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let i = Math.max(0, from); i + needle.length <= cps.length; i++) {
    for (let k = 0; k < needle.length; k++) if (cps[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

export function scoreArticle(text: string, gold: Gold, pred: { statements?: PredStatement[] }, thr = 0.5): Record<Group, GroupScore> {
  const cps = Array.from(text);
  const gs: Array<[number, number, GoldStatement]> = [];
  let pos = 0;
  for (const g of gold.statements) {
    let i: number, j: number;
    if (g.start !== undefined && g.end !== undefined) { i = g.start; j = g.end; } else {
      const needle = Array.from(g.text);
      i = find(cps, needle, pos);
      if (i < 0) i = find(cps, needle, 0);
      if (i < 0) throw new Error(`gold text not found: ${JSON.stringify(g.text)}`);
      j = i + needle.length;
      pos = i + 1;
    }
    const [s, e] = trim(cps, i, j);
    gs.push([s, e, g]);
  }
  const m = utf16ToCodePoint(text);
  const ps: Array<[number, number, PredStatement]> = [];
  for (const p of pred.statements ?? []) {
    if (typeof p.start !== 'number' || typeof p.end !== 'number' || m[p.start] === undefined || m[p.end] === undefined) continue;
    const [s, e] = trim(cps, m[p.start], m[p.end]);
    if (e > s) ps.push([s, e, p]);
  }
  const res = {} as Record<Group, GroupScore>;
  for (const group of ['quote', 'indirect'] as Group[]) {
    const G = gs.filter((g) => GROUPS[group].has(g[2].kind));
    const P = ps.filter((p) => GROUPS[group].has(p[2].kind ?? ''));
    const pairs: Array<[number, number, number]> = [];
    G.forEach((g, gi) => P.forEach((p, pi) => {
      const o = overlap([g[0], g[1]], [p[0], p[1]]);
      if (o && o / (g[1] - g[0]) >= thr && o / (p[1] - p[0]) >= thr) pairs.push([o / Math.max(g[1] - g[0], p[1] - p[0]), gi, pi]);
    }));
    pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
    const ug = new Set<number>(), up = new Set<number>();
    const matched: Array<[GoldStatement, PredStatement]> = [];
    for (const [, gi, pi] of pairs) {
      if (ug.has(gi) || up.has(pi)) continue;
      ug.add(gi); up.add(pi); matched.push([G[gi][2], P[pi][2]]);
    }
    // Gold that marks the source's span (PolNeAR) also accepts a speaker mention overlapping it, as score.py does.
    const spOk = (g: GoldStatement, p: PredStatement) => (g.sourceSpans ? mentionOk(g.sourceSpans, p, m) : false) || speakerOk(g, p.speaker);
    const ok = matched.filter(([g, p]) => spOk(g, p)).length;
    res[group] = {
      gold: G.length, pred: P.length, match: matched.length, spk: ok,
      misses: G.filter((_, gi) => !ug.has(gi)).map((g) => g[2].text.slice(0, 60)),
      fps: P.filter((_, pi) => !up.has(pi)).map((p) => cps.slice(p[0], p[1]).join('').slice(0, 60)),
      wrong: matched.filter(([g, p]) => !spOk(g, p)).map(([g, p]) => [g.text.slice(0, 40), g.speaker, p.speaker?.name ?? null]),
    };
  }
  return res;
}

export interface Summary { P: number; R: number; F1: number; speakerAcc: number; e2eF1: number; gold: number; pred: number; match: number; spk: number }
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarize(t: { gold: number; pred: number; match: number; spk: number }): Summary {
  const P = t.pred ? t.match / t.pred : 0;
  const R = t.gold ? t.match / t.gold : 0;
  const Pe = t.pred ? t.spk / t.pred : 0;
  const Re = t.gold ? t.spk / t.gold : 0;
  return { P, R, F1: f1(P, R), speakerAcc: t.match ? t.spk / t.match : 0, e2eF1: f1(Pe, Re), ...t };
}
