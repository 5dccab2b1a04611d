/**
 * Word classes of the noun-phrase walks (np.ts), worked out once per distinct word (TokenTable.wordClasses):
 * the walks read one number per token instead of testing each word against several sets.
 */
import type { Doc } from '../doc';
import type { TokenTable } from '../text/tokenTable';
import { CALENDAR, DETERMINERS, GROUPS, isStopWord, JOINERS, ROLES, TITLES, WORDS_IN_NAMES } from './lexicon';

const SENTENCE_CAPS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'as', 'if', 'for', 'since', 'during', 'yesterday', 'today', 'however', 'meanwhile', 'afterwards', 'afterward', 'earlier', 'later', 'separately', 'previously', 'also', 'then', 'so', 'although', 'though', 'because', 'with', 'without', 'despite', 'following', 'asked', 'speaking', 'writing', 'according']);

/** Capitalised, can be in a phrase (not a sentence opener like "However", unless a determiner: "The"). */
export const CAPITAL_OK = 1;
/** Lowercase, can be in a phrase: a determiner, a joiner or any word but a verb or function word. */
export const LOWER_OK = 2;
export const CALENDAR_WORD = 4;
export const POSSESSIVE = 8;
export const DETERMINER = 16;
export const JOINER = 32;
export const STOP = 64;
/** A role or group noun, plurals included ("authors", "spokesmen"). */
export const ROLE_WORD = 128;
export const TITLE = 256;
/** Lowercase in running text ("today"): capitalised after a name word, part of the name ("Russia Today"). */
export const IN_NAMES = 512;

function npClass(w: string): number {
  return (!SENTENCE_CAPS.has(w) || DETERMINERS.has(w) ? CAPITAL_OK : 0)
    | (DETERMINERS.has(w) || JOINERS.has(w) || !isStopWord(w) ? LOWER_OK : 0)
    | (CALENDAR.has(w) ? CALENDAR_WORD : 0)
    | (w === "'s" || w === '’s' ? POSSESSIVE : 0)
    | (DETERMINERS.has(w) ? DETERMINER : 0)
    | (JOINERS.has(w) ? JOINER : 0)
    | (isStopWord(w) ? STOP : 0)
    | (isRoleWord(w) ? ROLE_WORD : 0)
    | (TITLES.has(w) ? TITLE : 0)
    | (WORDS_IN_NAMES.has(w) ? IN_NAMES : 0);
}

/** A role or group noun, plurals included ("authors", "spokesmen"). */
export function isRoleWord(lower: string): boolean {
  if (ROLES.has(lower) || GROUPS.has(lower)) return true;
  if (lower.endsWith('men')) return ROLES.has(lower.slice(0, -3) + 'man');
  return lower.endsWith('s') && ROLES.has(lower.slice(0, -1));
}

/** The tokens and the class of each token's word, for the phrase walks. */
export class Walk {
  readonly tokens: TokenTable;
  readonly classes: Uint16Array;
  private constructor(doc: Doc) {
    this.tokens = doc.tokens;
    this.classes = doc.tokens.wordClasses(npClass);
  }
  /** The class bits of token `i`'s word (0 past either end). */
  is(i: number, bits: number): boolean {
    return ((this.classes[this.tokens.wordId[i]] ?? 0) & bits) !== 0;
  }

  /** The walk of a document, made once (phrase walks start ~100,000 times on a 3.9 MB text). */
  static of(doc: Doc): Walk {
    let walk = walks.get(doc.tokens);
    if (!walk) {
      walk = new Walk(doc);
      walks.set(doc.tokens, walk);
    }
    return walk;
  }
}

const walks = new WeakMap<TokenTable, Walk>();
