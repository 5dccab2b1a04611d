/**
 * Epithets of news and sports writing: a description that names no one and repeats no word the article gave
 * the person, yet refers back to the person just named: "Manuel Ortiz joined in June. "…," the Argentine
 * added." / "Nina Castell won gold. "…," the Olympic champion said." Only a nationality noun or a
 * sportsperson's role noun (data/roles.json: nationalityNouns, epithetRoles) heads one, and the person must
 * hold no other such word ("Striker Leon Okafor … the Rovers goalkeeper said" is someone else). Managers'
 * words are left out: "Okafor scored twice. "…," the Spurs boss said" is more often the manager on his player.
 */
import roles from '../data/roles.json';
import type { MentionInfo } from '../mentions/describe';
import { NATIONALITY_NOUNS } from '../mentions/lexicon';
import type { Entity } from './entities';
import { entityHasWord } from './descriptions';

const EPITHET_ROLES: ReadonlySet<string> = new Set(roles.epithetRoles);
/** "the Argentine", "the Olympic champion", "the former world champion": "the", up to three modifiers, the head. */
const EPITHET = /^the\s+(?:[\p{L}\p{N}-]+\s+){0,3}([\p{L}-]+)$/iu;
/** How many of the most recent entities an epithet looks back over. */
const LOOKBACK = 4;

const singlePerson = (e: Entity) => e.members.length === 0 && !e.plural && (e.kind === 'person' || (e.kind === 'unknown' && e.surname !== null));

/** Whether a word sets an epithet's head apart from another ("striker" vs "goalkeeper", "Argentine" vs "Spaniard"). */
const epithetWord = (w: string) => EPITHET_ROLES.has(w) || NATIONALITY_NOUNS.has(w);

/** The person an epithet refers back to, or null (also for every other phrase). */
export function epithetAntecedent(info: MentionInfo, recent: readonly Entity[]): Entity | null {
  if (info.name || info.pronoun || info.parts.length || info.plural) return null;
  const head = EPITHET.exec(info.text.trim())?.[1].toLowerCase();
  if (!head || !epithetWord(head) || /[’']s\s/.test(info.text)) return null;
  const fitting = recent.slice(0, LOOKBACK).filter((e) => singlePerson(e) && !(info.gender && e.gender && info.gender !== e.gender));
  // "Manuel Ortiz joined Castleford …": a known person before a lone name of unknown kind; with two people
  // named ("Ana Ruiz met Tomas Brell. … the Spaniard said") the epithet says which, and nothing here knows.
  const people = fitting.filter((e) => e.kind === 'person');
  if (people.length > 1) return null;
  const person = people[0] ?? fitting[0];
  if (!person || entityHasWord(person, head)) return person ?? null;
  // A person already called by another such word is someone else.
  for (const w of [...EPITHET_ROLES, ...NATIONALITY_NOUNS]) if (w !== head && entityHasWord(person, w)) return null;
  return person;
}
