/**
 * After "expressed/voiced + noun", "to" opens an infinitive only for nouns of will and intent ("expressed a
 * desire to meet", "voiced his willingness to resign"); after the others it names the hearer ("expressed his
 * gratitude to donors for their support", "voiced condolences to the families"), which reports no content.
 */
const INFINITIVE_NOUNS = new Set(['desire', 'wish', 'willingness', 'readiness', 'determination', 'hope', 'intention', 'intent', 'commitment', 'eagerness', 'reluctance', 'unwillingness', 'interest', 'resolve', 'plan', 'plans', 'ambition', 'preference']);

export function expressTakesInfinitive(noun: string): boolean {
  return INFINITIVE_NOUNS.has(noun);
}
