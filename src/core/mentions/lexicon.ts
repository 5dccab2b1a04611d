/** Word classes the noun-phrase passes need, from data/roles.json and data/firstNames.json. */
import roles from '../data/roles.json';
import names from '../data/firstNames.json';
import places from '../data/places.json';
import epithets from '../data/epithets.json';
import { VERB_FORMS } from '../cues/lexicon';

export const TITLES: ReadonlySet<string> = new Set(roles.titles);
/** Prefixes a hyphen joins to a role noun, making another role noun: "co-author", "ex-minister", "vice-chair". */
const ROLE_PREFIXES: ReadonlySet<string> = new Set(['co', 'ex', 'vice']);

/** The role nouns of data/roles.json, and each with a ROLE_PREFIXES prefix ("study co-author Ann Li said"). */
class RoleWords extends Set<string> {
  has(word: string): boolean {
    if (super.has(word)) return true;
    const dash = word.indexOf('-');
    return dash > 0 && ROLE_PREFIXES.has(word.slice(0, dash)) && super.has(word.slice(dash + 1));
  }
}
export const ROLES: ReadonlySet<string> = new RoleWords(roles.roles);
/** Words naming a ministry's field after "of"/"for" ("the Minister of Foreign Affairs"), never a person's name. */
export const PORTFOLIOS: ReadonlySet<string> = new Set(roles.portfolios);
export const GROUPS: ReadonlySet<string> = new Set(roles.groups);
/** Words that end a business's name ("Corporation", "Energy", "Lines"). */
export const BUSINESS_NAME_WORDS: ReadonlySet<string> = new Set([...roles.descriptionNames.company, ...roles.descriptionNames.airline, ...roles.businessNameWords].map((w) => w.replace(/\.$/, '')));
/** Nationality and party nouns of one word ("Frenchman", "Democrat"): a description before a name, never part of it. */
export const EPITHET_WORDS: ReadonlySet<string> = new Set(Object.keys(epithets.epithets).filter((w) => !w.includes(' ')));
/** Role nouns that name a person whatever their ending ("a witness", "his counterpart"). */
export const PERSON_ROLES: ReadonlySet<string> = new Set(roles.personRoles);
/** Role nouns that name a non-person source though they end like a person noun ("the newspaper", "the statement"). */
export const THING_ROLES: ReadonlySet<string> = new Set(roles.thingRoles);
export const ORG_HEADS: ReadonlySet<string> = new Set(roles.orgHeads);
/** Nouns naming a person by nationality, lowercase ("the argentine", "a frenchman"). */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(roles.nationalityNouns.map((w) => w.toLowerCase()));
/** Adverbs that open a sentence before a comma ("Further, …"), never a source. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(roles.sentenceAdverbs);
/** Lowercase in running text, so part of a name when capitalised inside one ("Russia Today"). */
export const WORDS_IN_NAMES: ReadonlySet<string> = new Set(roles.wordsInNames);
/** Words opening a clause inside a sentence ("in what the minister called …", "while …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(roles.clauseOpeners);
/** Prepositions that also open a clause: "After Ruiz left, …" (the name is a subject, not an object). */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(roles.clauseConjunctions);
/** Words opening a fronted clause besides CLAUSE_OPENERS ("As aides spoke to The Star, …"). */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set(roles.frontedOpeners);
/** First words of a fronted phrase a comma closes before the subject ("After the talks, Bush said …"). */
export const FRONTED_BEFORE_SUBJECT: ReadonlySet<string> = new Set(roles.frontedBeforeSubject);
export const FEMALE_WORDS: ReadonlySet<string> = new Set(roles.female);
export const MALE_WORDS: ReadonlySet<string> = new Set(roles.male);
export const FEMALE_NAMES: ReadonlySet<string> = new Set(names.female);
export const MALE_NAMES: ReadonlySet<string> = new Set(names.male);

/** Places, lowercase ("north korea", "moscow"): sources of kind organization, referred to as "it". */
export const PLACES: ReadonlySet<string> = new Set(places.places.map((p) => p.toLowerCase()));
/** Geographic feature words ending a place's name, lowercase ("bay" in "Guantanamo Bay"). */
export const PLACE_FEATURES: ReadonlySet<string> = new Set(places.features.map((p) => p.toLowerCase()));
/** Month and weekday names: dates, never part of a source's name ("on August 10 and South Korea says"). */
export const CALENDAR: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** The days of the week, lowercase ("said Monday", "on Friday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** A day named alone, by its weekday or from today: "said Tuesday", "told reporters yesterday". */
export const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight']);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'one', 'both', 'all', 'many', 'several', 'two', 'three', 'four', 'five', 'other', 'another', 'each', 'every', 'most', 'few', 'various', 'numerous', 'dozens', 'hundreds', 'thousands']);
/** Words that join parts of one noun phrase: "Minister of Education", "Bush and Putin", "al-Amr". */
export const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'at', 'from', 'by', 'and', '&', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'in', 'such', 'as']);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Subject pronouns of people who speak or act, without "it" and the generic "you" ("held he had financed …", "as she left"). */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/** A possessive mark token: "'s", "’s", or a plural's bare apostrophe ("Smith’s attacks", "the workers' union"). */
export const POSSESSIVE_MARK = /^['’]s?$/;
export const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Relative pronouns that stand for a noun phrase, never a complementiser as "that" can be ("the mayor, who …"). */
export const WH_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const STOP = ['him', 'them', 'us', 'me', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'whether', 'if', 'because', 'although', 'though', 'while', 'whilst', 'than', 'so', 'but', 'or', 'nor', 'not', 'no', 'yes', 'to', 'into', 'about', 'over', 'under', 'after', 'before', 'during', 'through', 'since', 'until', 'against', 'among', 'between', 'within', 'without', 'upon', 'via', 'per', 'like', 'with', 'over', 'near', 'across', 'around', 'behind', 'beyond', 'outside', 'inside', 'throughout', 'toward', 'towards', 'amid', 'despite', 'unlike', 'besides', 'unless', 'whereas', 'onto', 'beneath', 'amongst', 'there', 'here', 'also', 'only', 'just', 'very', 'even', 'too', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'however', 'later', 'earlier', 'again', 'still', 'already', 'soon', 'once', 'up', 'down', 'out', 'off', 'himself', 'herself', 'itself', 'themselves', 'got', 'get', 'gets', 'made', 'make', 'makes', 'took', 'take', 'gave', 'give', 'went', 'came', 'come', 'comes', 'says'];
const STOPWORDS = new Set(STOP);

/** A verb form that is no function word ("state", "press"): after a possessive it modifies a noun ("Jordan's state news agency"). */
export function isVerbFormOnly(lower: string): boolean {
  return VERB_FORMS.has(lower) && !STOPWORDS.has(lower) && !SUBJECT_PRONOUNS.has(lower);
}

/** A lowercase word that cannot be inside a source noun phrase (verbs, function words, adverbs). */
export function isStopWord(lower: string): boolean {
  if (STOPWORDS.has(lower) || SUBJECT_PRONOUNS.has(lower)) return true;
  if (VERB_FORMS.has(lower) && !ROLES.has(lower) && !GROUPS.has(lower)) return true;
  return lower.length > 4 && lower.endsWith('ly') && !['family', 'italy', 'assembly', 'rally', 'ally', 'daily', 'weekly', 'monthly', 'supply', 'july'].includes(lower);
}
