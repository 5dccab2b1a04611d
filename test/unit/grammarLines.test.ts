/**
 * The Article grammar's line-level rules: a line is tokenized by the rules its kind needs (with a quotation, with
 * an agreement noun, plain), a line of LONG_LINE characters or more stays plain, and every line just under that
 * length is tokenized with a number of tokens linear in its length. Whether such a line stays within the 10 ms
 * budget is measured by `npm run bench` (grammar section), not asserted here: tests never assert a time.
 */
import * as assert from 'assert';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { ADVERSARIAL_UNITS } from '../fixtures/grammar/adversarial';
import { assertExactScope, assertNoScope, assertScope } from './grammarAssert';
import { loadArticleGrammar, tokenizeText } from './grammarTokenizer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LONG_LINE } = require('../../scripts/buildGrammar.js') as { LONG_LINE: number };

const SPEAKER = 'entity.name.function.speaker.article';
const CUE = 'keyword.other.cue.article';
const DOUBLE = 'string.quoted.double.article';
const SINGLE = 'string.quoted.single.article';
const AGREEMENT = 'entity.name.type.agreement.article';

const body = (...lines: string[]): string => ['Headline', '', ...lines].join('\n');
const runOf = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The number of tokens of one line after a headline. */
function tokenCount(grammar: IGrammar, line: string): number {
  const afterHeadline = grammar.tokenizeLine('', grammar.tokenizeLine('Headline', INITIAL).ruleStack).ruleStack;
  return grammar.tokenizeLine(line, afterHeadline).tokens.length;
}

suite('Article grammar: lines', function () {
  this.timeout(120_000);
  let grammar: IGrammar;
  suiteSetup(async () => {
    grammar = await loadArticleGrammar();
  });

  test('a quotation on the second line of a paragraph still gets its speaker', () => {
    const text = body('Officials met on Sunday and talked', 'for hours. Putin said: "We are not ready."');
    const lines = tokenizeText(grammar, text);
    assertExactScope(lines, text, 'Putin', SPEAKER);
    assertExactScope(lines, text, 'said', CUE);
    assertExactScope(lines, text, '"We are not ready."', DOUBLE);
  });

  test('an agreement name on the second line of a paragraph is found', () => {
    const text = body('The talks went on for years before', 'the Kyoto Protocol was signed.');
    assertExactScope(tokenizeText(grammar, text), text, 'Kyoto Protocol', AGREEMENT);
  });

  test('a single-quoted phrase in a line without double marks', () => {
    const text = body("Leaders 'agree' on the cuts, it's said.");
    const lines = tokenizeText(grammar, text);
    assertExactScope(lines, text, "'agree'", SINGLE);
    assertNoScope(lines, text, "on the cuts, it's said.", 'string');
  });

  test(`a line of ${LONG_LINE} characters or more stays plain; one character less gets every rule`, () => {
    const unit = '"We cut 1,500 warheads," Putin said. ';
    for (const [length, plain] of [[LONG_LINE, true], [LONG_LINE + 5_000, true], [LONG_LINE - 1, false]] as const) {
      const text = body(runOf(unit, length), '', '"After it," she said.');
      const lines = tokenizeText(grammar, text);
      assert.strictEqual(lines[2].every((t) => t.scopes.length === 1), plain, `line of ${length}: plain ${plain}`);
      assertExactScope(lines, text, 'she', SPEAKER); // the next paragraph is back to normal
    }
  });

  test('a very long line after an unclosed quotation stays plain and ends the quotation', () => {
    const text = body('"This quotation never closes', runOf('"a," "b," ', LONG_LINE + 100), 'Then "a quote," Bush said.');
    const lines = tokenizeText(grammar, text);
    assert.ok(lines[3].every((t) => t.scopes.length === 1), 'the long line is plain');
    assertScope(lines, text, 'This quotation never closes', DOUBLE);
    assertNoScope(lines, text, 'Then', 'string');
    assertExactScope(lines, text, 'Bush', SPEAKER);
  });

  for (const unit of ADVERSARIAL_UNITS) {
    test(`tokens grow linearly just below the long-line limit: ${JSON.stringify(unit.slice(0, 40))}`, () => {
      const short = tokenCount(grammar, runOf(unit, 1_000));
      const long = tokenCount(grammar, runOf(unit, LONG_LINE - 1));
      const ratio = (LONG_LINE - 1) / 1_000;
      assert.ok(long <= Math.ceil(short * ratio * 1.1) + 4, `${long} tokens at ${LONG_LINE - 1} characters vs ${short} at 1,000`);
    });
  }
});
