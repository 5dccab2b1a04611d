/** An organisation an acronym stands for by the initials of its name (from entities.ts). */
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entity';
import { initials } from './names';

/** How many of the latest entities an acronym with no known owner is matched against by initials. */
const RECENT_INITIALS = 60;
/** A proper name of several words: capitalised words and joiners only (not "a shooting at the Northern Illinois University"). */
const PROPER_NAME = /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|and|for|the|on|in|de|\p{Lu}[\p{L}.&'’-]*))+$/u;

/**
 * "The Associated Press said … AP said …": an acronym standing for an entity first taken for a person's name
 * and known since to be an organisation (byInitials holds those known at creation); the most recent of the
 * last RECENT_INITIALS entities.
 */
export function organisationByInitials(all: readonly Entity[], info: MentionInfo, name: string): Entity | undefined {
  if (info.acronym !== name || name.length < 2) return undefined;
  for (let k = all.length - 1; k >= 0 && k >= all.length - RECENT_INITIALS; k--) {
    const e = all[k];
    if (e.kind === 'organization' && PROPER_NAME.test(e.name) && initials(e.name) === name) return e;
  }
  return undefined;
}
