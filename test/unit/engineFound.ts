// What the engine tests read from an analysis, shared by the engine*.test.ts suites.
import { analyze, type Analysis } from '../../src/core';

/** An article whose first line is a headline, so that `text` is read as body paragraphs. */
export const analyzeBody = (text: string): Analysis => analyze(`Headline\n\n${text}\n`);

function speakerNames(a: Analysis): (id: string | null) => string | null {
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  return (id) => (id ? names.get(id) ?? null : null);
}

/** [statement text, speaker name] for every statement. */
export function who(a: Analysis): Array<[string, string | null]> {
  const name = speakerNames(a);
  return a.statements.map((s) => [s.text, name(s.speakerId)]);
}

/** [kind, statement text, speaker name] for every statement. */
export function found(a: Analysis): Array<[string, string, string | null]> {
  const name = speakerNames(a);
  return a.statements.map((s) => [s.kind, s.text, name(s.speakerId)]);
}
