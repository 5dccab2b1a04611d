// The invariants every analysis keeps, whatever the input (shared by the property and hostile-input tests).
import * as assert from 'assert';
import type { Analysis, Span } from '../../src/core/types';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset falls between the two halves of an astral character ("😀" is two UTF-16 units). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkSpan(text: string, label: string, span: Span, words?: string): void {
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${label}: offsets ${start}..${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${label}: ${start}..${end} outside 0..${text.length}`);
  assert.ok(!splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end), `${label}: ${start}..${end} splits an astral character`);
  if (words !== undefined) assert.strictEqual(words, text.slice(start, end), `${label}: text differs from the slice ${start}..${end}`);
}

function checkOrdered(label: string, spans: readonly Span[], allowOverlap: boolean): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    assert.ok(a.start <= b.start, `${label} ${i} starts before ${label} ${i - 1}`);
    if (!allowOverlap) assert.ok(a.end <= b.start, `${label} ${i - 1} (${a.start}..${a.end}) overlaps ${label} ${i} (${b.start}..${b.end})`);
  }
}

function checkStructure(text: string, a: Analysis): void {
  const s = a.structure;
  if (s.frontMatter) checkSpan(text, 'front matter', s.frontMatter);
  if (s.headline) checkSpan(text, 'headline', s.headline, s.headline.text);
  if (s.dateline) checkSpan(text, 'dateline', s.dateline, s.dateline.text);
  s.paragraphs.forEach((p, i) => checkSpan(text, `paragraph ${i}`, p));
  checkOrdered('paragraph', s.paragraphs, false);
  s.boilerplate.forEach((b, i) => checkSpan(text, `boilerplate ${i}`, b));
  s.sentences.forEach((sentence, i) => {
    checkSpan(text, `sentence ${i}`, sentence);
    const paragraph = s.paragraphs.find((p) => p.index === sentence.paragraph);
    assert.ok(paragraph, `sentence ${i} names paragraph ${sentence.paragraph}, which does not exist`);
    assert.ok(paragraph.start <= sentence.start && sentence.end <= paragraph.end, `sentence ${i} lies outside its paragraph`);
  });
  checkOrdered('sentence', s.sentences, false);
}

function checkQuotes(text: string, a: Analysis): void {
  a.quotes.forEach((q, i) => {
    checkSpan(text, `quote ${i}`, q, q.text);
    checkSpan(text, `quote ${i} opening mark`, q.open);
    assert.ok(q.open.end <= q.start, `quote ${i}: the opening mark is not before the words`);
    if (q.close) {
      checkSpan(text, `quote ${i} closing mark`, q.close);
      assert.ok(q.end <= q.close.start, `quote ${i}: the closing mark is not after the words`);
    }
  });
  checkOrdered('quote', a.quotes, true);
}

function checkStatementsAndSpeakers(text: string, a: Analysis): void {
  const speakerIds = new Set(a.speakers.map((s) => s.id));
  assert.strictEqual(speakerIds.size, a.speakers.length, 'speaker ids are unique');
  assert.strictEqual(new Set(a.statements.map((s) => s.id)).size, a.statements.length, 'statement ids are unique');
  a.statements.forEach((s, i) => {
    checkSpan(text, `statement ${i}`, s, s.text);
    if (s.speakerMention) checkSpan(text, `statement ${i} speaker mention`, s.speakerMention, s.speakerMention.text);
    if (s.cue) checkSpan(text, `statement ${i} cue`, s.cue, s.cue.text);
    assert.ok(s.speakerId === null || speakerIds.has(s.speakerId), `statement ${i}: speaker ${s.speakerId} is not in speakers`);
  });
  checkOrdered('statement', a.statements, false);
  for (const sp of a.speakers) {
    const count = a.statements.filter((s) => s.speakerId === sp.id).length;
    assert.strictEqual(sp.statementCount, count, `speaker ${sp.id} (${sp.name}): statementCount ${sp.statementCount}, but ${count} statements name it`);
    sp.mentions.forEach((m, i) => checkSpan(text, `speaker ${sp.id} mention ${i}`, m, m.text));
    checkOrdered(`speaker ${sp.id} mention`, sp.mentions, true);
  }
}

function checkOthers(text: string, a: Analysis): void {
  a.figures.forEach((f, i) => {
    checkSpan(text, `figure ${i}`, f, f.text);
    assert.ok(!Number.isNaN(f.value) && !Number.isNaN(f.high), `figure ${i} (${f.text}) has a NaN value`);
  });
  a.terms.forEach((t, i) => checkSpan(text, `term ${i}`, t, t.text));
  a.problems.forEach((p, i) => checkSpan(text, `problem ${i} (${p.code})`, p));
}

/** Asserts every invariant of the data model on the analysis of `text`. */
export function checkInvariants(text: string, a: Analysis): void {
  assert.strictEqual(a.length, text.length, 'length is the text length in UTF-16 units');
  checkStructure(text, a);
  checkQuotes(text, a);
  checkStatementsAndSpeakers(text, a);
  checkOthers(text, a);
}
