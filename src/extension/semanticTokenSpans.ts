/**
 * What the semantic tokens mark, computed from an analysis without VS Code (so unit tests can check it): the
 * speaker mention and the cue of every statement the engine found. The grammar colours only what a line can show
 * (a capitalised name next to a quotation); the engine also knows pronouns ("she"), roles ("the president",
 * `the ministry said: "…"`), names it does not see ("the Pentagon said: "…""), and the cue of reported speech
 * ("said" in "Putin said the talks would go well"). Names and quotation cues use the grammar's own colours, so
 * marking them again changes nothing where the grammar already saw them.
 */
import type { Analysis, Span, TextSpan } from '../core/types';

/** Standard token types: speakers colour like the grammar's entity.name.function, cues like its keyword. */
export const TOKEN_TYPES = ['function', 'keyword'] as const;
/** Declared in package.json `semanticTokenModifiers`, with fallback scopes in `semanticTokenScopes`. */
export const TOKEN_MODIFIERS = ['pronoun', 'role', 'name', 'indirect', 'quotation'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticSpan extends Span {
  readonly type: TokenType;
  readonly modifier: TokenModifier;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'one']);

/**
 * How a mention names its speaker. A role ends in a common noun ("the president", "Bush's national security
 * adviser", "U.S. officials"); a name ends in a capitalised word ("Bush", "the Pentagon", "President Bush").
 */
export function mentionForm(text: string): 'pronoun' | 'role' | 'name' {
  const words = text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return 'name';
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) return 'pronoun';
  const head = words[words.length - 1].replace(/^[^\p{L}\p{N}]+/u, '');
  return /^\p{Ll}/u.test(head) ? 'role' : 'name';
}

function isValid(span: TextSpan | Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= length;
}

/** The spans to mark, sorted, without duplicates or overlaps (a mention shared by statements counts once). */
export function semanticSpans(analysis: Analysis): SemanticSpan[] {
  const spans: SemanticSpan[] = [];
  for (const statement of analysis.statements) {
    const mention = statement.speakerMention;
    if (mention && isValid(mention, analysis.length)) {
      spans.push({ start: mention.start, end: mention.end, type: 'function', modifier: mentionForm(mention.text) });
    }
    if (statement.cue && isValid(statement.cue, analysis.length)) {
      const modifier = statement.kind === 'indirect' ? 'indirect' : 'quotation';
      spans.push({ start: statement.cue.start, end: statement.cue.end, type: 'keyword', modifier });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SemanticSpan[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
