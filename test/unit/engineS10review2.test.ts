// Session 10 review: one reading of each thing the rule engineers wrote several ways, output unchanged.
// The typed double hyphen "--" is ONE dash token (text/tokens.ts), so every reader of dashes (clauseBounds.ts,
// clauseEnd.ts, dashApposition.ts) reads it as one token; a hyphen with spaces on both sides is a dash too.
// Every sentence is written for the test.
import * as assert from 'assert';
import { buildDoc } from '../../src/core/doc';
import { found, reportedIn, analyzeBody } from './engineFound';

/** The token texts of a body paragraph. */
function tokenTexts(body: string): string[] {
  const tokens = buildDoc(`Headline\n\n${body}`).tokens;
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens.para[k] >= 0) out.push(tokens.textOf(k));
  return out;
}

suite('engine: session 10 review (one reading each)', () => {
  test('"--" is one token; a longer run of hyphens ends in one "--"', () => {
    assert.deepStrictEqual(tokenTexts('a -- b --- c ---- d well-known'), ['a', '--', 'b', '-', '--', 'c', '-', '-', '--', 'd', 'well-known']);
  });

  test('a pair of typed double hyphens is an insertion; a lone one ends the content', () => {
    assert.deepStrictEqual(reportedIn('Officials said the river had risen -- the highest in years -- because of the rain.'), [
      ['the river had risen -- the highest in years -- because of the rain', 'Officials'],
    ]);
    assert.deepStrictEqual(reportedIn('Officials said the river had risen -- the highest in years.'), [['the river had risen', 'Officials']]);
  });

  test('a spaced hyphen is a dash like "--"', () => {
    assert.deepStrictEqual(reportedIn('The mayor said the river had risen - the highest in years - because of the rain.'), [
      ['the river had risen - the highest in years - because of the rain', 'The mayor'],
    ]);
    assert.deepStrictEqual(reportedIn('The mayor said the city had sent the letter - all true.'), [['the city had sent the letter', 'The mayor']]);
  });

  test('a name alone between typed double hyphens is the source', () => {
    assert.deepStrictEqual(found(analyzeBody('One shopper in the town -- Ola Berg -- told reporters the prices were high.')), [
      ['indirect', 'the prices were high', 'Ola Berg'],
    ]);
  });

  test('a participle cue after a typed double hyphen takes the clause\'s subject, as after any dash', () => {
    for (const dash of ['--', '—', '–', '-']) {
      assert.deepStrictEqual(reportedIn(`Ruiz changed her vote on the spot ${dash} saying she was rooting for the home team.`), [
        ['she was rooting for the home team', 'Ruiz'],
      ], dash);
    }
  });

  // statements/shareWords.ts: one list of approximators, number words and fractions for the share rules.
  const shares: Array<[string, Array<[string, string]>]> = [
    ['About 40 percent said they would vote.', [['they would vote', '40 percent']]],
    ['Two in three said they would vote.', [['they would vote', 'Two in three']]],
    ['Under half said they would vote.', [['they would vote', 'Under half']]],
    ['Almost 90% of respondents said the plan was fair.', [['the plan was fair', 'Almost 90% of respondents']]],
    ['Some 30 per cent of voters said the plan was fair.', [['the plan was fair', 'Some 30 per cent of voters']]],
    ['Half of the members said they backed the deal, while 95 favored a strike.', [['they backed the deal', 'Half of the members']]],
    ['A fifth of the members said they backed the deal, while 95 favored a strike.', [['they backed the deal', 'A fifth of the members']]],
  ];
  for (const [text, expected] of shares) {
    test(`shares: ${text}`, () => assert.deepStrictEqual(reportedIn(text), expected));
  }
});
