/**
 * Hand-built analyses for the unit tests of the extension's pure helpers (export, grouping, locating,
 * diagnostics), so they test the helpers and not the engine. Spans are found by their words in the text.
 */
import type { Analysis, Cue, Problem, Quote, Speaker, Statement, StatementKind, TextSpan } from '../../src/core/types';

export interface StatementSpec {
  /** The statement's words, found in the text after `after` (default: from the previous statement). */
  readonly words: string;
  readonly kind?: StatementKind;
  readonly speaker?: string | null;
  readonly mention?: string;
  readonly cue?: string;
}

export interface SpeakerSpec {
  readonly name: string;
  readonly role?: string;
  readonly aliases?: string[];
  readonly mentions?: string[];
  readonly weakMerge?: string;
}

/** The span of the first occurrence of `words` at or after `from`. */
export function spanOf(text: string, words: string, from = 0): TextSpan {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(words)}`);
  return { start, end: start + words.length, text: words };
}

export function buildAnalysis(text: string, speakers: SpeakerSpec[], statements: StatementSpec[], problems: Problem[] = [], quotes: Quote[] = []): Analysis {
  const idOf = (name: string) => `sp-${name.toLowerCase().replace(/\W+/g, '-')}`;
  let cursor = 0;
  const built: Statement[] = statements.map((spec, i) => {
    const words = spanOf(text, spec.words, cursor);
    cursor = words.end;
    const near = Math.max(0, words.start - 200);
    const mention = spec.mention ? nearest(text, spec.mention, near, words) : null;
    const cue: Cue | null = spec.cue ? { ...nearest(text, spec.cue, near, words), lemma: spec.cue } : null;
    const speakerId = spec.speaker ? idOf(spec.speaker) : null;
    return { id: `st${i}`, kind: spec.kind ?? 'direct', start: words.start, end: words.end, text: spec.words, speakerId, speakerMention: mention, cue };
  });
  const builtSpeakers: Speaker[] = speakers.map((s) => ({
    id: idOf(s.name),
    name: s.name,
    aliases: s.aliases ?? [],
    role: s.role ?? null,
    kind: 'person',
    statementCount: built.filter((st) => st.speakerId === idOf(s.name)).length,
    mentions: allSpans(text, s.mentions ?? []),
    ...(s.weakMerge ? { weakMerge: s.weakMerge } : {}),
  }));
  const structure = { frontMatter: null, headline: null, dateline: null, paragraphs: [], sentences: [], boilerplate: [] };
  return { length: text.length, structure, quotes, statements: built, speakers: builtSpeakers, figures: [], terms: [], date: null, problems };
}

/** The occurrence of `words` closest to the statement (before or after it). */
function nearest(text: string, words: string, from: number, statement: TextSpan): TextSpan {
  const after = text.indexOf(words, statement.end);
  const before = text.lastIndexOf(words, statement.start - words.length);
  const candidates = [before, after].filter((i) => i >= from);
  if (!candidates.length) throw new Error(`fixture text lacks ${JSON.stringify(words)} near ${JSON.stringify(statement.text)}`);
  const start = candidates.sort((a, b) => Math.abs(a - statement.start) - Math.abs(b - statement.start))[0];
  return { start, end: start + words.length, text: words };
}

function allSpans(text: string, words: string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      const boundary = !/\w/.test(text[i - 1] ?? '') && !/\w/.test(text[i + w.length] ?? '');
      if (boundary) spans.push({ start: i, end: i + w.length, text: w });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A two-speaker excerpt of the seed article (Genoa, 2001), with one unattributed quotation. */
export const EXCERPT = [
  'Bush, Putin Forge Defense Initiative',
  '',
  '"The two go hand in hand," Bush said at a news conference.',
  '',
  "Bush's national security adviser, Condoleezza Rice, will travel to Moscow.",
  '',
  '"We expect to move quickly," she told reporters. "We clearly want an aggressive schedule."',
  '',
  'Putin said the announcement was "unexpected," and cautioned that neither country is ready to discuss details.',
  '',
  '"Nobody knows," a sign read.',
].join('\n');

export function excerptAnalysis(): Analysis {
  return buildAnalysis(
    EXCERPT,
    [
      { name: 'Bush', mentions: ['Bush'] },
      { name: 'Condoleezza Rice', role: "Bush's national security adviser", mentions: ['Condoleezza Rice', 'she'] },
      { name: 'Vladimir Putin', aliases: ['Putin'], mentions: ['Putin'] },
    ],
    [
      { words: 'The two go hand in hand,', speaker: 'Bush', mention: 'Bush', cue: 'said' },
      { words: 'We expect to move quickly,', speaker: 'Condoleezza Rice', mention: 'she', cue: 'told reporters' },
      { words: 'We clearly want an aggressive schedule.', speaker: 'Condoleezza Rice' },
      { words: 'unexpected,', kind: 'mixed', speaker: 'Vladimir Putin', mention: 'Putin', cue: 'said' },
      { words: 'neither country is ready to discuss details', kind: 'indirect', speaker: 'Vladimir Putin', mention: 'Putin', cue: 'cautioned' },
      { words: 'Nobody knows,', speaker: null },
    ],
  );
}
