/**
 * Word classes of the mention scan (mentions.ts), worked out once per distinct word (TokenTable.wordClasses):
 * the scan reads one number per token instead of testing each word against several sets.
 */
import { DETERMINERS, GROUPS, isStopWord, JOINERS, ROLES, SUBJECT_PRONOUNS, WORDS_IN_NAMES } from './lexicon';
import { NAME_PARTICLES } from './names';
import { isRoleWord } from './npClasses';

/** Capitalised words that start no name at the start of a sentence or after a name ("The", "Monday", "However"). */
const SKIP_CAPS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'as', 'if', 'for', 'since', 'during', 'yesterday', 'today', 'tomorrow', 'however', 'meanwhile', 'afterwards', 'afterward', 'earlier', 'later', 'separately', 'previously', 'also', 'then', 'so', 'although', 'though', 'because', 'this', 'that', 'these', 'those', 'there', 'it', 'i', 'we', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'image', 'photo', 'his', 'her', 'their', 'its', 'our', 'my', 'both', 'some', 'many', 'all', 'one', 'two', 'no', 'not', 'what', 'who', 'where', 'why', 'how', 'asked']);

/** A subject pronoun that is a mention in lowercase ("he", "it", "they"; not "I", "you", "we"). */
export const PRONOUN = 1;
/** A subject pronoun that is a mention when capitalised ("We", "You", "They"; not "I"). */
export const CAPITAL_PRONOUN = 2;
/** A capitalised word that starts no name ("The", "Monday", "However"). */
export const SKIP = 4;
/** A function word or verb, which starts no name at the start of a sentence ("Says", "Of"). */
export const NOT_AT_START = 8;
/** A role or group noun that heads a source phrase ("spokesman", "officials"). */
export const ROLE_HEAD = 16;
export const ROLE_OR_GROUP = 32;
/** "of", "-" (a punctuation token's `lower` is the mark) or a name particle ("al", "von"): a name may go on. */
export const NAME_LINK = 64;
/** Lowercase in running text ("today"), so a name word when capitalised after a name word ("Russia Today"). */
export const IN_NAMES = 128;
/** A name particle ("al", "van"): lowercase, it may open a name. */
export const PARTICLE = 256;
/** The plural of a role noun ("officers", "nurses") that the role lists do not hold as a group noun. */
export const PLURAL_ROLE = 512;

export function mentionClass(w: string): number {
  const pronoun = SUBJECT_PRONOUNS.has(w);
  const roleOrGroup = ROLES.has(w) || GROUPS.has(w);
  return (pronoun && w !== 'i' && w !== 'you' && w !== 'we' ? PRONOUN : 0)
    | (pronoun && w !== 'i' ? CAPITAL_PRONOUN : 0)
    | (SKIP_CAPS.has(w) ? SKIP : 0)
    | (isStopWord(w) || JOINERS.has(w) ? NOT_AT_START : 0)
    | (roleOrGroup && !DETERMINERS.has(w) ? ROLE_HEAD : 0)
    | (!roleOrGroup && isRoleWord(w) ? PLURAL_ROLE : 0)
    | (roleOrGroup ? ROLE_OR_GROUP : 0)
    | (w === 'of' || w === '-' || NAME_PARTICLES.has(w) ? NAME_LINK : 0)
    | (WORDS_IN_NAMES.has(w) ? IN_NAMES : 0)
    | (NAME_PARTICLES.has(w) ? PARTICLE : 0);
}
