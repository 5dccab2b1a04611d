/**
 * A known place with a compass word before it is a place too: "South Lebanon", "Eastern Saudi Arabia",
 * "Northern Iraq" (places.json lists countries and capitals, not their regions). A place is never "he" or "she":
 * in "Alleging cells in Kuwait and South Lebanon, his account …" the "his" is not South Lebanon.
 */
import { PLACES } from './lexicon';

const REGION = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|upper|lower)\s+(.+)$/;

/** Whether a name, lowercased, is a compass region of a known place. */
export function isRegionOfPlace(lowerName: string): boolean {
  const m = REGION.exec(lowerName);
  return m !== null && PLACES.has(m[1]);
}
