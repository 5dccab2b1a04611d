/** Verb words the clause tests read: auxiliaries, common verbs (any form) and irregular past forms. */
import verbs from '../data/verbs.json';

const AUX_WORDS = ['is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'re", "'ll", "'d", "won't", "can't", "don't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"];
/** With their curly-apostrophe spellings too: "he said the town doesn’t vote" is a clause as "doesn't" is. */
export const AUX = new Set([...AUX_WORDS, ...AUX_WORDS.filter((w) => w.includes("'")).map((w) => w.replace("'", '’'))]);
export const COMMON_VERBS = new Set(['bring', 'put', 'run', 'send', 'spend', 'build', 'raise', 'need', 'want', 'make', 'take', 'give', 'show', 'think', 'know', 'believe', 'remain', 'face', 'lack', 'plan', 'hope', 'fear', 'expect', 'seem', 'appear', 'help', 'work', 'pose', 'cause', 'include', 'provide', 'require', 'mean', 'allow', 'create', 'lead', 'reduce', 'increase', 'affect', 'get', 'go', 'come', 'become', 'keep', 'find', 'feel', 'live', 'die', 'pay', 'cost', 'exist', 'support', 'oppose', 'threaten', 'risk', 'suffer', 'depend', 'deserve', 'belong', 'try', 'stay', 'leave', 'return', 'continue', 'start', 'stop', 'win', 'lose', 'felt', 'thought', 'knew', 'wants', 'wanted', 'needs', 'needed', 'believes', 'believed', 'plans', 'planned', 'hopes', 'hoped', 'fears', 'feared', 'expects', 'expected', 'faces', 'faced', 'feels', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'continues', 'continued', 'lacks', 'lacked', 'shares', 'shared', 'wishes', 'wished', 'became', 'becomes', 'got', 'gets', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'went', 'goes', 'came', 'comes', 'saw', 'sees', 'left', 'leaves', 'kept', 'keeps', 'won', 'wins', 'lost', 'loses', 'met', 'meets', 'ran', 'runs', 'held', 'holds', 'brought', 'brings', 'began', 'begins', 'caused', 'causes', 'helped', 'helps', 'worked', 'works', 'tried', 'tries', 'used', 'uses', 'needs', 'owns', 'owned', 'exists', 'existed', 'occurred', 'occurs', 'happened', 'happens', 'died', 'dies', 'killed', 'kills', 'started', 'starts', 'stopped', 'stops', 'increased', 'increases', 'fell', 'falls', 'rose', 'rises', 'grew', 'grows', 'knows', 'thinks', 'means', 'meant', 'includes', 'included', 'contains', 'contained', 'violated', 'violates', 'received', 'receives']);
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(verbs.irregularPast);
/** "took", "left", "made": simple past forms of COMMON_VERBS (secondPredicate.ts: "… and took legal action"). */
export const COMMON_PAST: ReadonlySet<string> = new Set(verbs.commonPast);
/** "is", "was", "been": a form of "be" before a participle makes it passive ("Ruiz was subjected to …"). */
export const BE_FORMS: ReadonlySet<string> = new Set(verbs.beForms);
/** Tensed auxiliaries and modals ("is", "has", "will", "must"): after a subject, the clause's verb. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(verbs.finiteAuxiliaries);
/** FINITE_AUXILIARIES and the forms of "do" ("did", "does"): a verb right after a name or a comma. */
export const FINITE_AUXILIARIES_AND_DO: ReadonlySet<string> = new Set([...verbs.finiteAuxiliaries, 'do', 'does', 'did']);
/** Participles of putting a question to someone ("when asked about …", "Asked whether …, she said"). */
export const QUESTIONED: ReadonlySet<string> = new Set(['asked', 'questioned', 'pressed']);
/** Verbs of going on or beginning before "to" and a cue's base form ("continued to say …"): verbCue.ts, subjectAtLink.ts. */
export const ASPECTUAL_BEFORE_TO: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started']);
/** Verbs of beginning or going on that take a participle ("kept saying", "began urging"): cueSubjectEnd.ts, aspectualVerb.ts. */
export const CATENATIVES: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'continue', 'continues', 'continued']);
