// Line ends: "\n", "\r\n" and "\r" are one line break each, so an article gives the same statements whatever
// its line ends, at offsets shifted by one per "\r\n" before them (the CRLF property in properties.test.ts).
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { spanLength } from '../../src/core/text/lineBreaks';

/** Maps an offset in LF text to the same place in its CRLF copy. */
function crlfOffset(lf: string, offset: number): number {
  let newlines = 0;
  for (let i = lf.indexOf('\n'); i !== -1 && i < offset; i = lf.indexOf('\n', i + 1)) newlines++;
  return offset + newlines;
}

/** Text with "\r\n" read as "\n". */
const asLf = (text: string) => text.replace(/\r\n/g, '\n');

/** The statements of `lf` and of its CRLF copy, at CRLF offsets, as [kind, start, end, text, cue] (texts with LF line ends). */
function statementsBoth(lf: string) {
  const crlf = lf.replace(/\n/g, '\r\n');
  const read = (text: string, shift: (o: number) => number) => analyze(text).statements.map((s) =>
    [s.kind, shift(s.start), shift(s.end), asLf(s.text), s.cue ? asLf(s.cue.text) : null]);
  return { lf: read(lf, (o) => crlfOffset(lf, o)), crlf: read(crlf, (o) => o) };
}

// The shrunk counterexample of the CRLF property: the indirect draft after "said" overlaps the quotation
// “the.” whose mark is 20 characters after it with "\n", 21 with "\r\n"; the rule cutting it short of the
// quotation measured the distance in UTF-16 units, so only the CRLF copy kept a cut indirect statement.
const SHRUNK = "'the. Bush said \u200bon in \u200b.\nhe asked \u201cthe.\u201d \u201cthe,\u201d Bush said.\n\u{1F600}the \u{1F600}.";

// A news paragraph hard-wrapped at a short width, a line break inside every sentence. In the second one
// the quotation “What happens now?” starts 20 characters after the indirect draft of "said" with "\n"
// and 21 with "\r\n": the same counterexample in news text.
const WRAPPED = [
  'The talks in Genoa ended late on Friday without an',
  'agreement. Bush said he had',
  'asked Kofi, \u201cWhat happens now?\u201d The Russian leader',
  'did not answer, officials said. A police spokesman said the',
  'protests had been "largely peaceful," but officials',
  'warned that more marches were planned for Sunday.',
].join('\n');

suite('engine: line breaks', () => {
  test('spanLength counts "\\r\\n" as one character, "\\n" and "\\r" as one each', () => {
    assert.strictEqual(spanLength('a\r\nb', 0, 4), 3);
    assert.strictEqual(spanLength('a\nb', 0, 3), 3);
    assert.strictEqual(spanLength('a\rb', 0, 3), 3);
    assert.strictEqual(spanLength('a\r\n\r\nb', 1, 5), 2);
    assert.strictEqual(spanLength('a\r\nb', 0, 2), 2, 'a "\\r" whose "\\n" is outside the span counts');
  });

  test('the shrunk counterexample: the same two direct statements with LF and CRLF', () => {
    const { lf, crlf } = statementsBoth(SHRUNK);
    assert.deepStrictEqual(lf.map((s) => [s[0], s[3]]), [['direct', 'the.'], ['direct', 'the,']]);
    assert.deepStrictEqual(crlf, lf);
  });

  test('a hard-wrapped news paragraph: the same statements at shifted offsets', () => {
    const { lf, crlf } = statementsBoth(WRAPPED);
    assert.ok(lf.length >= 3, `only ${lf.length} statements`);
    assert.deepStrictEqual(crlf, lf);
  });
});
