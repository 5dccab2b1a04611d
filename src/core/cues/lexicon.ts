/**
 * The communication-verb lexicon (data/cues.json) expanded into every inflection:
 * "say" → say, says, said, saying; "describe" → describes, described, describing; "deny" → denied.
 */
import data from '../data/cues.json';

export type Frame = 'clause' | 'object' | 'thatOnly' | 'request' | 'description' | 'quoteOnly' | 'gerund' | 'infinitive' | 'estimate' | 'nounObject';
export type Inflection = 'base' | 's' | 'past' | 'ing';

export interface VerbForm {
  readonly lemma: string;
  readonly frames: ReadonlySet<Frame>;
  readonly inflection: Inflection;
}

const FRAMES: readonly Frame[] = ['clause', 'object', 'thatOnly', 'request', 'description', 'quoteOnly', 'gerund', 'infinitive', 'estimate', 'nounObject'];
const IRREGULAR = data.irregular as Record<string, string[]>;
/** Lemmas whose base and -s forms are nouns far more often: questionOnly ones and cues.json nounFirst ("an email server"). */
const NOUN_FIRST: ReadonlySet<string> = new Set([...data.questionOnly, ...data.nounFirst]);

function regularForms(base: string): Array<[string, Inflection]> {
  const ies = /[^aeiou]y$/.test(base);
  const s = ies ? base.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : base + 's';
  const past = base.endsWith('e') ? base + 'd' : ies ? base.slice(0, -1) + 'ied' : base + 'ed';
  const ing = /[^e]e$/.test(base) ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [[base, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']];
}

function inflectionOf(form: string, base: string): Inflection {
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('s') && form !== base) return 's';
  return 'past';
}

function build(): Map<string, VerbForm> {
  const frames = new Map<string, Set<Frame>>();
  for (const frame of FRAMES) {
    for (const lemma of (data as unknown as Record<Frame, string[]>)[frame]) {
      if (!frames.has(lemma)) frames.set(lemma, new Set());
      frames.get(lemma)!.add(frame);
    }
  }
  const forms = new Map<string, VerbForm>();
  for (const [lemma, set] of frames) {
    const list: Array<[string, Inflection]> = IRREGULAR[lemma]
      ? [[lemma, 'base'], ...IRREGULAR[lemma].map((f): [string, Inflection] => [f, inflectionOf(f, lemma)])]
      : regularForms(lemma);
    // "questioned whether …" (questionOnly.ts): the base and "-s" forms are nouns far more often ("the final
    // question from the audience"), and a cue word is no part of a noun phrase, so only the other forms are listed.
    const nounForms = NOUN_FIRST.has(lemma);
    for (const [form, inflection] of list) if (!forms.has(form) && !(nounForms && (inflection === 'base' || inflection === 's'))) forms.set(form, { lemma, frames: set, inflection });
  }
  return forms;
}

export const VERB_FORMS: ReadonlyMap<string, VerbForm> = build();
/** Verbs whose past is spelled like the base ("read", "broadcast"): listed among their own irregular forms. */
export const PAST_AS_BASE: ReadonlySet<string> = new Set(Object.keys(IRREGULAR).filter((lemma) => IRREGULAR[lemma].includes(lemma)));
export const EXPRESS_NOUNS: ReadonlySet<string> = new Set(data.expressNouns);
export const HEARERS: readonly string[] = data.hearers;
export const ACCORDANCE_NOUNS: ReadonlySet<string> = new Set(data.accordanceNouns);
/** Bodies and documents whose findings are their word ("survey", "poll", "records"): findingSource.ts, statements/findings.ts, statements/findingModifier.ts. */
export const FINDING_SOURCES: ReadonlySet<string> = new Set(data.findingSources);
/** Cue verbs that mean "be evidence of" with a thing as subject ("the floods underlined …"): evidenceSubject.ts. */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(data.evidenceVerbs);
/** Verbs that need "that" before their content but may close a sentence after it ("The deal was void, the court ruled."). */
export const POSTPOSED_THAT_ONLY: ReadonlySet<string> = new Set(data.postposedThatOnly);
/** Verbs that are cues only with their particle: "pointed out that …" (not "pointed to the map"). */
export const PARTICLES: ReadonlyMap<string, string> = new Map(Object.entries(data.withParticle));

/**
 * Tokens from a particle verb at `verb` through its particle, or 0 when the particle is missing: 1 for "pointed
 * out that …", 2 when "it" stands between ("made it clear that …", "spelled it out that …").
 */
export function particleReach(lower: readonly string[], verb: number, lemma: string): number {
  const particle = PARTICLES.get(lemma);
  if (particle === undefined) return 0;
  if (lower[verb + 1] === particle) return 1;
  return lower[verb + 1] === 'it' && lower[verb + 2] === particle ? 2 : 0;
}
