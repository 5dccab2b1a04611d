/**
 * The CLI's JSON document: the project's stable, external format (see README "JSON output").
 * Extend it compatibly: add fields, never rename or remove them.
 */
import type { Analysis, Speaker, Statement } from './types';

export interface JsonSpeakerRef {
  id: string;
  name: string;
  aliases: string[];
}

/** Converts an analysis to the CLI's JSON shape (statements carry their speaker inline). */
export function toJson(analysis: Analysis, file?: string): Record<string, unknown> {
  const byId = new Map<string, Speaker>(analysis.speakers.map((s) => [s.id, s]));
  const speakerRef = (s: Statement): JsonSpeakerRef | null => {
    const sp = s.speakerId ? byId.get(s.speakerId) : undefined;
    return sp ? { id: sp.id, name: sp.name, aliases: [...sp.aliases] } : null;
  };
  return {
    ...(file !== undefined ? { file } : {}),
    date: analysis.date,
    headline: analysis.structure.headline?.text ?? null,
    statements: analysis.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: s.text,
      speaker: speakerRef(s),
      speakerMention: s.speakerMention ? { ...s.speakerMention } : null,
      cue: s.cue ? { start: s.cue.start, end: s.cue.end, text: s.cue.text } : null,
    })),
    speakers: analysis.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      aliases: [...s.aliases],
      role: s.role,
      kind: s.kind,
      statements: s.statementCount,
    })),
    quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, role: q.role, closed: q.close !== null })),
    figures: analysis.figures.map((f) => ({ ...f })),
    terms: analysis.terms.map((t) => ({ ...t })),
    problems: analysis.problems.map((p) => ({ ...p })),
  };
}
