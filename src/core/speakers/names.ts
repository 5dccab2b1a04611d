/**
 * The keys under which names and role phrases are clustered into entities: lowercase words without
 * possessives and punctuation ("Bush's" → "bush"), determiners stripped ("the government" → "government").
 */
const normCache = new Map<string, string>();
/** Lowercase words without possessives and punctuation; memoised, as the same names recur. */
export function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (normCache.size > 50000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}
const stripDet = (s: string) => norm(s).replace(/^(?:the|a|an|both|some|one)\s+/, '');

export function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** What a name's text tells: its words and keys. */
export interface NameFacts {
  readonly words: readonly string[];
  /** The number of spaces plus one. */
  readonly spacedWords: number;
  /** norm(name), norm(last word), and the key of an organisation of that name. */
  readonly full: string;
  readonly surname: string;
  readonly orgKey: string;
}

/** A role phrase's key ("role:police spokesman"); an indefinite one ("a police spokesman") is new each time. */
export interface RoleFacts {
  readonly indefinite: boolean;
  readonly key: string;
}

/** Name and role facts memoised per distinct text for one entity table (the same names recur all through a text). */
export class FactsMemo {
  private readonly names = new Map<string, NameFacts>();
  private readonly roles = new Map<string, RoleFacts>();

  ofName(name: string): NameFacts {
    let facts = this.names.get(name);
    if (!facts) {
      const words = name.includes(' ') ? name.split(/\s+/) : [name];
      facts = { words, spacedWords: wordCount(name), full: norm(name), surname: norm(words[words.length - 1]), orgKey: `org:${stripDet(name)}` };
      this.names.set(name, facts);
    }
    return facts;
  }

  ofRole(text: string): RoleFacts {
    let facts = this.roles.get(text);
    if (!facts) {
      facts = { indefinite: /^(?:a|an|one|another)\s/i.test(text), key: `role:${stripDet(text)}` };
      this.roles.set(text, facts);
    }
    return facts;
  }
}
