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

/** The speaker of the statement whose text holds `fragment` (undefined when no statement holds it). */
export function speakerOf(text: string, fragment: string): string | null | undefined {
  return who(analyzeBody(text)).find(([t]) => t.includes(fragment))?.[1];
}

/** [content, speaker] of every indirect statement of `text` read as body paragraphs. */
export function reportedIn(text: string): Array<[string, string | null]> {
  return found(analyzeBody(text)).filter((f) => f[0] === 'indirect').map((f) => [f[1], f[2]]);
}
