/**
 * The Article grammar on tricky lines, tokenized by vscode-textmate + vscode-oniguruma (VS Code's engine).
 * Each case: a text, fragments that must carry a scope exactly (`exact`), carry it (`has`) or carry none of a
 * family (`none`). Body cases start with a headline line, since the first line of a file is its headline.
 */
import * as assert from 'assert';
import type { IGrammar } from 'vscode-textmate';
import { assertExactScope, assertNoScope, assertScope } from './grammarAssert';
import { loadArticleGrammar, tokenizeText } from './grammarTokenizer';

// Straight and curly marks of a kind share a scope (one rule per kind: see scripts/grammar/quotes.js).
const DOUBLE = 'string.quoted.double.article';
const SINGLE = 'string.quoted.single.article';
const BEGIN = 'punctuation.definition.string.begin.article';
const END = 'punctuation.definition.string.end.article';
const SPEAKER = 'entity.name.function.speaker.article';
const CUE = 'keyword.other.cue.article';
const AGREEMENT = 'entity.name.type.agreement.article';
const HEADLINE = 'markup.heading.headline.article';
const num = (kind: string): string => `constant.numeric.${kind}.article`;

type Check = [fragment: string, scope: string, nth?: number];
interface Case {
  readonly name: string;
  readonly text: string;
  readonly exact?: readonly Check[];
  readonly has?: readonly Check[];
  readonly none?: readonly Check[];
}

const body = (...lines: string[]): string => ['Headline', '', ...lines].join('\n');

const CASES: readonly Case[] = [
  {
    name: 'front matter: fences, keys, values; the headline is the first line after it',
    text: ['---', 'title: A title', 'date: 2015-08-21', 'url: https://example.org/a', '---', '', 'The headline', '', 'Body.'].join('\n'),
    exact: [['title', 'entity.name.tag.front-matter.article'], ['A title', 'string.unquoted.front-matter.article'], ['2015-08-21', 'constant.numeric.date.article'], ['https://example.org/a', 'markup.underline.link.article'], ['The headline', HEADLINE]],
    has: [['---', 'punctuation.definition.front-matter.begin.article'], ['---', 'punctuation.definition.front-matter.end.article', 1], ['title', 'meta.front-matter.article']],
    none: [['Body.', 'markup.heading']],
  },
  {
    name: 'without front matter the first line is the headline, and only it',
    text: ['Bush, Putin Forge Defense Initiative', '', 'The second paragraph.'].join('\n'),
    exact: [['Bush, Putin Forge Defense Initiative', HEADLINE]],
    none: [['The second paragraph.', 'markup.heading']],
  },
  {
    name: 'an unterminated front matter stops at the blank line',
    text: ['---', 'title: A', '', 'The headline', '', '"A quote," she said.'].join('\n'),
    exact: [['The headline', HEADLINE], ['"A quote,"', DOUBLE]],
    none: [['The headline', 'meta.front-matter']],
  },
  {
    name: 'dateline and byline lines',
    text: body('Friday, August 21, 2015', '', 'By Jane Doe', '', 'WASHINGTON (AP) — Officials met.', '', 'Taipei, Taiwan — The festival opened.'),
    exact: [['Friday, August 21, 2015', 'markup.italic.dateline.article'], ['By Jane Doe', 'markup.italic.byline.article'], ['WASHINGTON (AP)', 'markup.italic.dateline.article'], ['Taipei, Taiwan', 'markup.italic.dateline.article']],
    none: [['Officials met.', 'markup.italic'], ['The festival', 'markup.italic']],
  },
  {
    name: 'straight double quotation: marks are punctuation, words are the string',
    text: body('"The two go hand in hand," Bush said.'),
    exact: [['"The two go hand in hand,"', DOUBLE]],
    has: [['"', BEGIN], ['"', END, 1], ['"', DOUBLE, 1]],
    none: [['Bush said.', 'string']],
  },
  {
    name: 'curly quotation with a single one nested',
    text: body('“Curly quotes,” she said, “with ‘nested single’ marks.”'),
    exact: [['“Curly quotes,”', DOUBLE], ['‘nested single’', SINGLE], ['she', SPEAKER], ['said', CUE]],
    has: [['‘', BEGIN], ['’', END], ['nested single', DOUBLE], ['marks.', DOUBLE]],
    none: [['she said', 'string']],
  },
  {
    name: 'a straight and a curly mark close each other (pasted text mixes them)',
    text: body('“We will wait," Putin said, and \'they agree’ here.'),
    exact: [['“We will wait,"', DOUBLE], ["'they agree’", SINGLE], ['Putin', SPEAKER]],
    none: [[' here.', 'string']],
  },
  {
    name: 'straight single quotation nested in a double one',
    text: body('"He called it \'a new framework\' yesterday," Rice said.'),
    exact: [["'a new framework'", SINGLE]],
    has: [['a new framework', DOUBLE], ['yesterday,', DOUBLE]],
    none: [['yesterday,', SINGLE], ['Rice', 'string']],
  },
  {
    name: 'guillemets and German marks',
    text: body('«Guillemets» and „German marks“ and «nested “curly” ones».'),
    exact: [['«Guillemets»', 'string.quoted.other.guillemet.article'], ['„German marks“', 'string.quoted.double.low.article'], ['“curly”', DOUBLE]],
    has: [['«', BEGIN], ['»', END], ['„', BEGIN], ['“', END], ['curly', 'string.quoted.other.guillemet.article']],
    none: [[' and ', 'string']],
  },
  {
    // „ « ‹ share one rule in a paragraph's list (scripts/grammar/quotes.js): each still opens, closes and is
    // attributed on its own, one after another, and inside a guillemet quotation.
    name: 'single guillemets, marks of the rarer kinds in a row, and an attribution after German marks',
    text: body('‹Oui› and ‹non›, «un» «deux», „eins“ „zwei“ and 3,000 more, according to the police.', '', '„Wir kommen“, she said, «with ‹nested› marks».'),
    exact: [['‹Oui›', 'string.quoted.single.guillemet.article'], ['‹non›', 'string.quoted.single.guillemet.article'], ['«un»', 'string.quoted.other.guillemet.article'], ['«deux»', 'string.quoted.other.guillemet.article'], ['„eins“', 'string.quoted.double.low.article'], ['„zwei“', 'string.quoted.double.low.article'], ['she', SPEAKER], ['said', CUE], ['‹nested›', 'string.quoted.single.guillemet.article'], ['3,000', num('count')], ['the police', SPEAKER]],
    has: [['‹', BEGIN], ['›', END], ['nested', 'string.quoted.other.guillemet.article']],
    none: [[' and ', 'string'], [', ', 'string'], [' she said, ', 'string']],
  },
  {
    name: 'a German mark followed by a space opens nothing; a guillemet may be (French spacing)',
    text: body('Prices „ rose “ here, « said » there.'),
    exact: [['« said »', 'string.quoted.other.guillemet.article']],
    none: [['Prices „ rose “ here, ', 'string']],
  },
  {
    name: 'a quotation continues over a line end up to its closing mark',
    text: body('"This quotation runs over', 'a line end and closes here," he added.'),
    has: [['a line end and closes here,', DOUBLE]],
    exact: [['he', SPEAKER, 1], ['added', CUE]],
  },
  {
    name: 'an unclosed quotation stops at the end of its paragraph',
    text: body('"This quotation never closes and', 'runs to the paragraph end.', '', 'This paragraph is plain, said Bush.'),
    has: [['runs to the paragraph end.', DOUBLE]],
    none: [['This paragraph is plain', 'string']],
  },
  {
    name: 'apostrophes never open a quotation',
    text: body("The nations' leaders met in the '90s to hear rock 'n' roll; it's their decade and Jones' too.", '', 'A plain line after them.'),
    exact: [["'90s", num('decade')]],
    none: [["nations' leaders met", 'string'], ["rock 'n' roll; it's their decade", 'string'], ["Jones' too.", 'string'], ['A plain line', 'string']],
  },
  {
    name: 'curly apostrophes never open a quotation',
    text: body('The nations’ leaders, it’s the ’90s, rock ’n’ roll.'),
    none: [['The nations’ leaders, it’s the ’90s, rock ’n’ roll.', 'string']],
  },
  {
    name: 'a straight mark glued to a word or followed by a space opens nothing (inches, stray closers)',
    text: body('A 5" screen and a stray " mark here.', '', 'Next paragraph.'),
    none: [['A 5" screen and a stray " mark here.', 'string'], ['Next paragraph.', 'string']],
  },
  {
    name: 'single quotes in a headline',
    text: "North Korea puts military in 'quasi-state of war'",
    exact: [["'quasi-state of war'", SINGLE]],
    has: [['quasi-state of war', HEADLINE]],
  },
  {
    name: 'speaker then cue after a quotation',
    text: body('"The two go hand in hand," Bush said.', '', '"We expect to move quickly," she told reporters.', '', '"It works," a police spokesman said.'),
    exact: [['Bush', SPEAKER], ['said', CUE], ['she', SPEAKER], ['told', CUE], ['a police spokesman', SPEAKER], ['said', CUE, 1]],
    none: [['reporters', 'entity.name']],
  },
  {
    name: 'cue then speaker after a quotation',
    text: body('"Foolhardy provocation deserves harsh punishment", said KCNA.', '', '"We will see," said the president at the summit.', '', '"Yes," added Vladimir Putin.'),
    exact: [['KCNA', SPEAKER], ['said', CUE], ['the president', SPEAKER], ['Vladimir Putin', SPEAKER], ['added', CUE]],
    none: [['at the summit', 'entity.name']],
  },
  {
    name: 'speaker and cue before a quotation',
    text: body('Putin said: "We are not ready."', '', 'Najib Razak said, "We are in contact."', '', 'Jeff Rathke, the State Department spokesperson, said, "We urge restraint."'),
    exact: [['Putin', SPEAKER], ['said', CUE], ['Najib Razak', SPEAKER], ['Jeff Rathke', SPEAKER], ['said', CUE, 2]],
    none: [['the State Department spokesperson', 'entity.name']],
  },
  {
    // Abbreviations are checked behind their full stop (scripts/grammar/fragments.js): "Mr." joins the name,
    // a sentence's full stop does not.
    name: 'a title abbreviation is part of the speaker before a quotation',
    text: body('Mr. Putin said: "We are not ready."', '', 'They met Dr. Rice. Gen. Myers told reporters, "We are ready."'),
    exact: [['Mr. Putin', SPEAKER], ['said', CUE], ['Gen. Myers', SPEAKER], ['told', CUE]],
    none: [['They met Dr. Rice.', 'entity.name']],
  },
  {
    name: 'speaker and cue before a quotation, after a sentence or a clause',
    text: body('They met on Sunday. Putin said: "We are not ready."', '', 'In a joint statement, Bush and Putin said "major changes" happened.', '', 'They met. The spokesman said: "No comment."'),
    exact: [['Putin', SPEAKER], ['said', CUE], ['Bush and Putin', SPEAKER], ['The spokesman', SPEAKER]],
    none: [['They met on Sunday.', 'entity.name'], ['In a joint statement', 'entity.name']],
  },
  {
    // A lower-case role or pronoun before a quotation is left to the semantic tokens (src/extension/
    // semanticTokenSpans.ts): looked for at every comma, it cost the grammar more than its share (issue 4).
    name: 'a lower-case speaker before a quotation is not the grammar\'s: the capitalised one on the same line is',
    text: body('The talks failed, the ministry said: "We regret it." Later, Putin said: "We are ready."', '', 'Asked about it, he told reporters: "No comment."'),
    exact: [['Putin', SPEAKER], ['said', CUE, 1], ['"We regret it."', DOUBLE]],
    none: [['the ministry said: ', 'entity.name'], ['the ministry said: ', 'keyword'], ['he told reporters: ', 'entity.name'], ['he told reporters: ', 'keyword']],
  },
  {
    name: 'runs of stray marks open no quotation',
    text: body('Marks  and “““ and ”’»“‘› here.', '', 'A plain line after them.'),
    none: [['A plain line after them.', 'string'], [' and ', 'string']],
  },
  {
    name: 'according to',
    text: body('The attack was planned, according to the Pentagon.', '', 'According to Yonhap news agency, the army is on alert.'),
    exact: [['according to', CUE], ['the Pentagon', SPEAKER], ['According to', CUE], ['Yonhap', SPEAKER]],
  },
  {
    name: 'a full stop before the closing mark ends the sentence: no attribution after it',
    text: body('"We expect nothing." The president said he would wait.'),
    none: [['The president said he would wait.', 'entity.name'], ['The president said he would wait.', 'keyword']],
  },
  {
    name: 'cue words inside a quotation are quoted words, not cues',
    text: body('"He said the president told us," Bush said.'),
    none: [['He said the president told us,', 'keyword'], ['He said the president told us,', 'entity.name']],
    exact: [['Bush', SPEAKER]],
  },
  {
    name: 'figures: separators, ranges',
    text: body('About 7,000 weapons will fall to between 3,000 and 3,500, or 2,000 to 2,500, or 3,000–3,500.'),
    // The range after "between" starts at its first number: a rule starting at "between" would be tried at every b.
    exact: [['7,000', num('count')], ['3,000 and 3,500', num('range')], ['2,000 to 2,500', num('range')], ['3,000–3,500', num('range')]],
    none: [['between', 'constant']],
  },
  {
    name: 'figures: percentages, money, years, decades',
    text: body('Growth was 2.5 percent, or 12%, and cost $1.5 billion or 20,000 euros in 1997 and the 1990s; 40 pounds sterling, 5 rand.'),
    exact: [['2.5 percent', num('percent')], ['12%', num('percent')], ['$1.5 billion', num('money')], ['20,000 euros', num('money')], ['1997', num('year')], ['1990s', num('decade')], ['40 pounds sterling', num('money')], ['5 rand', num('money')]],
  },
  {
    name: 'figures: centuries, ordinals, times, dates',
    text: body('The 16th century palace and the 21st summit, at 10:30 a.m. on March 4, 2011, and in the twentieth century.'),
    exact: [['16th century', num('century')], ['21st', num('ordinal')], ['10:30 a.m.', num('time')], ['March 4, 2011', num('date')]],
    // A century in words is left plain: its rule would be tried at every f, s, t, e and n (see scripts/buildGrammar.js).
    none: [['twentieth century', 'constant']],
  },
  {
    name: 'numbers inside words and a count before a noun',
    text: body('IE6 and STS-134 lifted off; 1709 schoolchildren were surveyed.'),
    exact: [['1709', num('count')]],
    none: [['IE6', 'constant'], ['STS-134', 'constant']],
  },
  {
    name: 'figures inside a quotation keep the quotation scope',
    text: body('"We cut 1,500 warheads," Putin said.'),
    has: [['1,500', num('count')], ['1,500', DOUBLE]],
  },
  {
    name: 'agreement names and acronyms',
    text: body('The ABM treaty, START II, the INF Treaty, the NPT and the Anti-Ballistic Missile Treaty of 1972; the Kyoto Protocol, the Oslo Accords, the Paris Agreement and the Treaty on the Non-Proliferation of Nuclear Weapons.'),
    exact: [['ABM treaty', AGREEMENT], ['START II', AGREEMENT], ['INF Treaty', AGREEMENT], ['NPT', AGREEMENT], ['Anti-Ballistic Missile Treaty', AGREEMENT], ['Kyoto Protocol', AGREEMENT], ['Oslo Accords', AGREEMENT], ['Paris Agreement', AGREEMENT], ['Treaty on the Non-Proliferation of Nuclear Weapons', AGREEMENT], ['1972', num('year')]],
  },
  {
    name: 'organisations and venues named after an agreement word are not agreements',
    text: body('The North Atlantic Treaty Organization met at the Metro Toronto Convention Centre.'),
    none: [['North Atlantic Treaty Organization', 'entity.name.type'], ['Metro Toronto Convention Centre', 'entity.name.type']],
  },
];

suite('Article grammar: tricky lines', () => {
  let grammar: IGrammar;
  suiteSetup(async () => {
    grammar = await loadArticleGrammar();
  });

  for (const c of CASES) {
    test(c.name, () => {
      const lines = tokenizeText(grammar, c.text);
      for (const [fragment, scope, nth] of c.exact ?? []) assertExactScope(lines, c.text, fragment, scope, nth);
      for (const [fragment, scope, nth] of c.has ?? []) assertScope(lines, c.text, fragment, scope, nth);
      for (const [fragment, prefix, nth] of c.none ?? []) assertNoScope(lines, c.text, fragment, prefix, nth);
    });
  }

  test('the assertions can fail: a wrong scope is reported', () => {
    const text = body('"Quoted," Bush said.');
    const lines = tokenizeText(grammar, text);
    assert.throws(() => assertExactScope(lines, text, 'Bush', CUE));
    assert.throws(() => assertNoScope(lines, text, 'Quoted,', 'string'));
    assert.throws(() => assertExactScope(lines, text, 'Quoted', DOUBLE));
  });
});
