// Structure: front matter, headline, dateline, boilerplate, paragraphs and the sentence-splitting traps.
import * as assert from 'assert';
import { analyze } from '../../src/core';

function sentencesOf(body: string): string[] {
  const text = `Headline\n\n${body}`;
  return analyze(text).structure.sentences.map((s) => text.slice(s.start, s.end));
}

suite('engine: structure', () => {
  const splits: Array<[string, string, string[]]> = [
    ['titles', 'Mr. Smith met Gen. Jones and Dr. Lee. They talked.', ['Mr. Smith met Gen. Jones and Dr. Lee.', 'They talked.']],
    ['initials', 'George W. Bush spoke. J. R. R. Tolkien wrote.', ['George W. Bush spoke.', 'J. R. R. Tolkien wrote.']],
    ['dotted acronym mid-sentence', 'U.S. officials said it. The U.N. team left.', ['U.S. officials said it.', 'The U.N. team left.']],
    ['dotted acronym at a sentence end', 'He flew to the U.S. The trip was long.', ['He flew to the U.S.', 'The trip was long.']],
    ['decimals and money', 'It grew 3.5 percent to $1.2 billion. Then it fell.', ['It grew 3.5 percent to $1.2 billion.', 'Then it fell.']],
    ['ellipses', 'He waited... and waited … then left. Done.', ['He waited... and waited … then left.', 'Done.']],
    ['closing marks stay with their sentence', '"We won." Then they left.', ['"We won."', 'Then they left.']],
    ['a question inside a quotation before its cue', '"Is it over?" she asked. Yes.', ['"Is it over?" she asked.', 'Yes.']],
    ['"No." before a digit', 'It was No. 5 on the list. Fine.', ['It was No. 5 on the list.', 'Fine.']],
    ['every paragraph ends its sentence', 'No period here\n\nNext one.', ['No period here', 'Next one.']],
  ];
  for (const [name, body, expected] of splits) {
    test(`sentences: ${name}`, () => assert.deepStrictEqual(sentencesOf(body), expected));
  }

  test('front matter, headline, dateline and paragraphs', () => {
    const text = '---\ntitle: Big news\ndate: 2015-08-21\n---\nBig news\n\nFriday, August 21, 2015\n\nFirst paragraph.\n\nSecond paragraph.\n';
    const s = analyze(text).structure;
    assert.deepStrictEqual(s.frontMatter?.fields, { title: 'Big news', date: '2015-08-21' });
    assert.strictEqual(s.headline?.text, 'Big news');
    assert.strictEqual(s.dateline?.text, 'Friday, August 21, 2015');
    assert.deepStrictEqual(s.paragraphs.map((p) => text.slice(p.start, p.end)), ['First paragraph.', 'Second paragraph.']);
  });

  test('a byline counts as the dateline; CRLF text keeps exact offsets', () => {
    const text = 'Headline\r\n\r\nBy Jane Doe\r\n\r\nBody text here.\r\n';
    const s = analyze(text).structure;
    assert.strictEqual(s.dateline?.text, 'By Jane Doe');
    assert.strictEqual(text.slice(s.paragraphs[0].start, s.paragraphs[0].end), 'Body text here.');
  });

  test('boilerplate lines are not content', () => {
    const text = 'Bush, Putin Forge Defense Initiative\n\nNEWYou can now listen to Fox News articles!\n\n"We agree," Bush said.\n';
    const a = analyze(text);
    assert.deepStrictEqual(a.structure.boilerplate.map((b) => text.slice(b.start, b.end)), ['NEWYou can now listen to Fox News articles!']);
    assert.strictEqual(a.structure.paragraphs.length, 1);
    assert.strictEqual(a.statements.length, 1);
  });
});
