/**
 * Adverbs in -ly that may stand between a source and its cue: "has consistently denied", "Officials quickly
 * confirmed", "She angrily insisted". Nouns and adjectives in -ly are not ("family", "ally", "daily").
 */
const NOT_ADVERBS = new Set(['family', 'italy', 'assembly', 'rally', 'ally', 'daily', 'weekly', 'monthly', 'yearly', 'supply', 'july', 'bully', 'belly', 'jelly', 'holy', 'anomaly', 'monopoly', 'homily', 'lily', 'folly', 'elderly', 'friendly', 'lovely', 'likely', 'early']);

export function isLyAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !NOT_ADVERBS.has(word);
}
