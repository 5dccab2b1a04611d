/**
 * Plural-looking spellings, read from a lowercase word alone (no lexicon): two tests of different strictness
 * that the rules choose between on purpose.
 */

/** /[^s]s$/: ends in "s" after any character but "s" ("says", "officials", not "press"; "status" passes). */
export function endsInSingleS(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115;
}

/** Ends in "s" but not in "-ss", "-us" or "-is", which end singulars and adjectives ("press", "status", "analysis"). */
export function hasPluralEnding(word: string): boolean {
  return word.endsWith('s') && !/(?:ss|us|is)$/.test(word);
}

/** "nurses" → "nurse", "witnesses" → "witness", "policemen" → "policeman", "deputies" → "deputy"; else null. */
export function singularNoun(word: string): string | null {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || word.length < 4) return null;
  if (word.endsWith('men')) return word.slice(0, -3) + 'man';
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return null;
}
