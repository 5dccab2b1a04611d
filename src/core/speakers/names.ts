/**
 * The keys under which names and role phrases are clustered into entities: lowercase words without
 * possessives and punctuation ("Bush's" → "bush"), determiners stripped ("the government" → "government").
 */
import { SharedMemo } from '../text/sharedMemo';
import { detached } from '../text/vocabulary';

const normCache = new SharedMemo<string>(50000);
/** Lowercase words without possessives and punctuation; memoised, as the same names recur. */
export function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = normCache.set(detached(s), detached(s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()));
  }
  return n;
}
const stripDet = (s: string) => norm(s).replace(/^(?:the|a|an|both|some|one)\s+/, '');

export function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** The capitals opening a name's words, past a leading "The" ("The Associated Press" → "AP"). */
export function initials(name: string): string {
  return name.replace(/^The\s+/, '').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** What a name's text tells: its words and keys. */
export interface NameFacts {
  readonly words: readonly string[];
  /** The number of spaces plus one. */
  readonly spacedWords: number;
  /** norm(name), norm(last word), and the key of an organisation of that name. */
  readonly full: string;
  /** The words of `full` ("ana ruiz" → ["ana", "ruiz"]). */
  readonly fullWords: readonly string[];
  /** `fullWords` without a leading "the": the words shortNames.ts reads of a name. */
  readonly shortWords: readonly string[];
  readonly surname: string;
  readonly orgKey: string;
}

/** A role phrase's key ("role:police spokesman"); an indefinite one ("a police spokesman") is new each time. */
export interface RoleFacts {
  readonly indefinite: boolean;
  readonly key: string;
  /** The phrase's facts as a name, which a new entity of that name reads (entities.ts create). */
  readonly asName: NameFacts;
}

const nameFacts = new SharedMemo<NameFacts>(20000);
const roleFacts = new SharedMemo<RoleFacts>(20000);

/** Name and role facts, memoised per distinct text (the same names recur all through a text and across texts). */
export class FactsMemo {
  ofName(name: string): NameFacts {
    const known = nameFacts.get(name);
    if (known) return known;
    const own = detached(name);
    return nameFacts.set(own, factsOfName(own));
  }

  ofRole(text: string): RoleFacts {
    return roleFacts.get(text) ?? roleFacts.set(detached(text), { indefinite: /^(?:a|an|one|another)\s/i.test(text), key: `role:${stripDet(text)}`, asName: this.ofName(text) });
  }
}

/** `name` must be detached: its words are slices of it. */
function factsOfName(name: string): NameFacts {
  const words = name.includes(' ') ? name.split(/\s+/) : [name];
  // "King Hamad of Bahrain", "Catherine of Aragon": the words after "of" name a realm, not a family; a later
  // "Bahrain" is the country, and "Hamad" is the person.
  const of = words.indexOf('of');
  const surname = of > 0 ? words[of - 1] : words[words.length - 1];
  const full = norm(name);
  const fullWords = full.split(' ');
  const shortWords = fullWords.filter((w, k) => k > 0 || w !== 'the');
  return { words, spacedWords: wordCount(name), full, fullWords, shortWords, surname: norm(surname), orgKey: `org:${stripDet(name)}` };
}
