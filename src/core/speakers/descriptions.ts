/**
 * Definite descriptions that refer back to a source met before: "the prime minister" after "Prime Minister
 * Jane Holloway", "the ministry" after "the Interior Ministry", "the spokesman" after "a spokesman for the
 * airline", "the company" after "Acme Ltd", "the newspaper" after "the Harlow Gazette", and "his Russian
 * counterpart" after "Russian President Vladimir Putin". A description takes the most recently mentioned
 * entity whose names and roles hold every word of it, with the same head ("counterpart" matches on its other
 * words alone). Descriptions with a possessor or a complement ("the airline's chief executive", "the president
 * of the club") say who they are themselves and are left alone.
 */
import roles from '../data/roles.json';
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entities';
import { detached } from '../text/vocabulary';
import { mayNameBusiness } from './businessDescriptions';
import { PERSON_ROLES, TITLES } from '../mentions/lexicon';

const DEFINITE = /^(?:the|his|her|its|their)\s/i;
/** Words that make a description self-contained: it introduces its source rather than refers back. */
const SELF_CONTAINED = /[’']s\b|\s(?:of|for|at|from|in|on|with|and)\s/i;
/** Relational nouns: "his Russian counterpart" is the Russian one of a pair, not a "counterpart" by role. */
const RELATIONAL = new Set(['counterpart']);
/** Descriptions of any business, whose names may end in any sector word ("the company" → Harbor Freight Lines). */
const GENERAL_BUSINESS: ReadonlySet<string> = new Set(['company', 'firm', 'business', 'corporation']);
/** For a description's head, words of the names it refers back to ("the company" → Acme Ltd). */
export const NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(roles.descriptionNames).map(([head, words]) => [head, new Set(GENERAL_BUSINESS.has(head) ? [...words, ...roles.businessNameWords] : words)]),
);
/** For an abbreviated title ("gov"), the words a description of its holder uses ("the governor"). */
const TITLE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(roles.titleAbbreviations));

/** wordsOf's answers by text (read-only arrays: every caller copies or only reads them). */
const wordsMemo = new Map<string, string[]>();

function wordsOf(text: string): string[] {
  let words = wordsMemo.get(text);
  if (words) return words;
  // The memo is kept across analyses: its key, and so its words, must hold no slice of an analysed text.
  text = detached(text);
  words = text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0);
  if (wordsMemo.size >= 20000) wordsMemo.clear();
  wordsMemo.set(text, words);
  return words;
}

/** The words a description must find in its antecedent, or null when it is no referring description. */
export function descriptionWords(info: MentionInfo): string[] | null {
  if (info.name || info.pronoun || info.parts.length || info.plural) return null;
  if (!DEFINITE.test(info.text) || SELF_CONTAINED.test(info.text)) return null;
  // "the Boston-based company", "the Nasdaq-listed firm": where it sits or trades says nothing of which one it is.
  const words = wordsOf(info.text).slice(1).filter((w) => !LOCATING_MODIFIER.test(w));
  if (words.length === 0 || words.length > 4) return null;
  const head = words[words.length - 1];
  if (RELATIONAL.has(head)) return words.length > 1 ? words.slice(0, -1) : null;
  return words;
}

/** Hyphenated modifiers locating a business ("London-based", "Nasdaq-listed", "family-owned"). */
const LOCATING_MODIFIER = /-(?:based|listed|owned|headquartered)$/;
const PREPOSITION = /^(?:of|for|at|from|in|on|with|to|by)$/;

interface EntityWords { readonly words: Set<string>; readonly heads: Set<string> }

/** The words of an entity's names, roles and aliases, and their heads (the last word before a preposition). */
function entityWords(e: Entity): EntityWords {
  // The answer is kept on the entity with what it was made from (name, role, number of aliases: aliases are only added).
  const memo = e.wordsMemo;
  if (memo && memo.name === e.name && memo.role === e.role) {
    if (memo.aliases === e.aliases.size) return memo.value;
    // Aliases are only ever added, and a Set keeps insertion order: the new ones come last. The answer is a
    // union of each text's words, so adding theirs gives what building it anew would.
    let k = 0;
    for (const alias of e.aliases) if (k++ >= memo.aliases) addWords(memo.value, alias);
    memo.aliases = e.aliases.size;
    return memo.value;
  }
  const value: EntityWords = { words: new Set<string>(), heads: new Set<string>() };
  for (const text of [e.name, e.role ?? '', ...e.aliases]) addWords(value, text);
  e.wordsMemo = { name: e.name, role: e.role, aliases: e.aliases.size, value };
  return value;
}

function addWords(into: EntityWords, text: string): void {
  const list = wordsOf(text);
  const cut = list.findIndex((w) => PREPOSITION.test(w));
  const head = list[(cut > 0 ? cut : list.length) - 1];
  if (head) into.heads.add(head);
  // "former Mexican President Felipe Calderon" … "the former Mexican president": a title before the name
  // heads a description of its holder, whatever role the entity took first.
  for (const w of list) { into.words.add(w); if (TITLES.has(w)) into.heads.add(w); }
  // "Gov. Helen Park" … "the governor said": the title's full words, as head when the abbreviation heads.
  for (const w of list) for (const full of TITLE_WORDS.get(w) ?? []) {
    into.words.add(full);
    if (w === head) into.heads.add(full);
  }
}

/** Whether a word is among those of an entity's names, roles and aliases ("70-year-old" in "a 70-year-old pensioner"). */
export function entityHasWord(e: Entity, word: string): boolean {
  return entityWords(e).words.has(word);
}

/** Whether entity `e` is what a referring description with these words names (descriptionWords). */
export function descriptionFits(e: Entity, info: MentionInfo, words: readonly string[]): boolean {
  if (e.members.length > 0 || e.plural) return false;
  if (info.gender && e.gender && info.gender !== e.gender) return false;
  const own = entityWords(e);
  const head = words[words.length - 1];
  const named = NAME_WORDS.get(head);
  if (words.length === 1 && info.kind === 'organization' && mayNameBusiness(e, own.words, named)) return true;
  if (info.kind !== 'unknown' && e.kind !== 'unknown' && info.kind !== e.kind) return false;
  // "his Russian counterpart": the modifiers name the other one of a pair.
  const relational = relationalText(info.text);
  if (relational) return e.kind === 'person' && words.every((w) => own.words.has(w));
  // "the government" is not "a government document": the heads must agree. But a person noun alone may
  // name a modifier of the role ("Veteran striker Pablo Ferrante … the veteran said").
  const modifier = words.length === 1 && e.kind === 'person' && PERSON_ROLES.has(head);
  // "Russian President Vladimir Putin … the Russian leader said": "leader" stands for a head of state's title.
  if (head === 'leader' && e.kind === 'person' && words.length > 1 && headsState(own)) return words.slice(0, -1).every((w) => own.words.has(w));
  return (own.heads.has(head) || modifier) && words.every((w) => own.words.has(w));
}

/** Titles of a head of state or government; not a deputy's or a vice president's. */
const LEADER_TITLES: readonly string[] = roles.leaderTitles;
const headsState = (own: EntityWords) => LEADER_TITLES.some((w) => own.words.has(w)) && !own.words.has('vice') && !own.words.has('deputy');

let lastText = '';
let lastRelational = false;

/** Whether the last word of a description is relational (the answer for the last text asked is kept: descriptionFits asks it per entity). */
function relationalText(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastRelational = RELATIONAL.has(text.toLowerCase().split(/\s+/).pop() ?? '');
  }
  return lastRelational;
}
