/** Assertions over grammar tokens: "this fragment of the text carries this scope". */
import * as assert from 'assert';
import type { LineToken } from './grammarTokenizer';
import { splitLines } from './grammarTokenizer';

/** Where the `nth` occurrence of `fragment` lies, as a line and columns. */
function locate(text: string, fragment: string, nth: number): { line: number; start: number; end: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(fragment, offset + 1);
    if (offset < 0) throw new Error(`fragment ${JSON.stringify(fragment)} (#${nth}) not in the text`);
  }
  const before = splitLines(text.slice(0, offset));
  const line = before.length - 1;
  const start = before[line].length;
  return { line, start, end: start + fragment.length };
}

/** The tokens of one line that overlap the columns [start, end). */
function tokensOver(lines: LineToken[][], where: { line: number; start: number; end: number }): LineToken[] {
  return lines[where.line].filter((t) => t.end > where.start && t.start < where.end);
}

/** Every token covering the fragment has exactly this scope among its scopes. */
export function assertScope(lines: LineToken[][], text: string, fragment: string, scope: string, nth = 0): void {
  for (const token of tokensOver(lines, locate(text, fragment, nth))) {
    assert.ok(token.scopes.includes(scope), `${JSON.stringify(fragment)}: token ${JSON.stringify(token.text)} has [${token.scopes.join(', ')}], expected ${scope}`);
  }
}

/** No token covering the fragment has a scope starting with this prefix. */
export function assertNoScope(lines: LineToken[][], text: string, fragment: string, prefix: string, nth = 0): void {
  for (const token of tokensOver(lines, locate(text, fragment, nth))) {
    const hit = token.scopes.find((s) => s.startsWith(prefix));
    assert.ok(!hit, `${JSON.stringify(fragment)}: token ${JSON.stringify(token.text)} has ${hit}, expected no ${prefix}…`);
  }
}

/** The scope covers exactly the fragment: it starts and ends at the fragment's edges. */
export function assertExactScope(lines: LineToken[][], text: string, fragment: string, scope: string, nth = 0): void {
  const where = locate(text, fragment, nth);
  assertScope(lines, text, fragment, scope, nth);
  const line = lines[where.line];
  const before = line.find((t) => t.end === where.start);
  const after = line.find((t) => t.start === where.end);
  assert.ok(line.some((t) => t.start === where.start) && line.some((t) => t.end === where.end), `${JSON.stringify(fragment)}: no token edge at its start or end`);
  assert.ok(!before?.scopes.includes(scope), `${scope} extends before ${JSON.stringify(fragment)} (into ${JSON.stringify(before?.text)})`);
  assert.ok(!after?.scopes.includes(scope), `${scope} extends after ${JSON.stringify(fragment)} (into ${JSON.stringify(after?.text)})`);
}
