/**
 * `Many nurses said the rota was unfair. "We are exhausted," one said. Another added: "…"`: a lone "one" or
 * "another" as a source (mentions/loneMember.ts) stands for a member of the group named last, and is named
 * by that group's noun made singular — "a nurse", "another nurse" — someone new each time (indefinite).
 */
import type { MentionInfo } from '../mentions/describe';
import type { Entity } from './entities';
import { singularNoun } from '../text/pluralSpelling';
import { MEMBER_WORDS } from '../mentions/loneMember';

/** How many of the most recently mentioned entities are searched for the group. */
const RECENT_GROUPS = 6;
/** Words after which a group's name says where or whose it is: its noun comes before ("residents of Kudara"). */
const COMPLEMENT = new Set(['of', 'in', 'at', 'from', 'on', 'for', 'with', 'who', 'that']);

/** The head noun of a group's phrase, singular: "Hundreds of angry farmers" → "farmer"; null when none. */
function memberNoun(groupText: string): string | null {
  const words = groupText.split(/\s+/);
  let end = words.length;
  // "Hundreds of farmers": a count's "of" leads to the noun; "residents of Kudara": a complement follows it.
  for (let k = 1; k < words.length; k++) if (COMPLEMENT.has(words[k].toLowerCase()) && !/^(?:hundreds|thousands|dozens|millions|scores|some|many|most|several|all)$/i.test(words[k - 1])) { end = k; break; }
  // "Witnesses said …": a capital opening the sentence only.
  const noun = end > 0 ? words[end - 1] : '';
  return end === 1 || /^\p{Ll}/u.test(noun) ? singularNoun(noun.toLowerCase()) : null;
}

/** A mention that is a lone "one" or "another". */
export function loneMemberWord(info: MentionInfo): boolean {
  return MEMBER_WORDS.has(info.text.toLowerCase()) && !info.pronoun;
}

/** The description a lone "one"/"another" stands for, or null when no group precedes it. */
export function groupMemberInfo(info: MentionInfo, recent: readonly Entity[]): MentionInfo | null {
  const word = info.text.toLowerCase();
  for (let k = 0; k < recent.length && k < RECENT_GROUPS; k++) {
    const e = recent[k];
    if (!(e.plural || e.kind === 'group') || e.members.length) continue;
    const noun = memberNoun(e.name);
    if (!noun) continue;
    const text = `${word === 'another' ? 'another' : /^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
    return { text, name: null, acronym: null, role: null, kind: 'person', gender: null, plural: false, pronoun: null, parts: [] };
  }
  return null;
}
