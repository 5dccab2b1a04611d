// Source phrases, reported clauses and speech words in other senses: general rules of news reporting.
// Every sentence here is written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

suite('engine: the whole name behind descriptive words', () => {
  test('an adjective and a role noun before a name describe it; the name is the source', () => {
    const a = analyzeBody('According to Kenyan water engineer Amina Odhiambo, the dam is leaking. "We need repairs now," she said.');
    assert.deepStrictEqual(found(a), [['indirect', 'the dam is leaking', 'Amina Odhiambo'], ['direct', 'We need repairs now,', 'Amina Odhiambo']]);
    assert.strictEqual(a.speakers[0].role, 'Kenyan water engineer');
  });

  test('an acronym and a capitalised verb form inside a name stay in it', () => {
    const a = analyzeBody('The permit was void, US State Department officials said.');
    assert.deepStrictEqual(found(a), [['indirect', 'The permit was void', 'US State Department officials']]);
  });

  test('a base form after an "-ous" adjective, or opening a sentence before a noun, is a noun', () => {
    const a = analyzeBody('Recent anonymous press briefings by city officials indicated that the bridge would close. Press briefings by the ministry suggested that the port would reopen.');
    assert.ok(a.statements.every((s) => s.cue?.lemma !== 'press'), JSON.stringify(found(a)));
    // Briefings are things said, so what they indicate is reported, not a finding.
    assert.deepStrictEqual(found(a).map((f) => f[1]), ['the bridge would close', 'the port would reopen']);
  });

  test('a name after "the" with no role word is no person for "she"', () => {
    const a = analyzeBody('Lena Ortiz lived in Leeds. In 1963 the Harbour Parade passed her door. She said it changed her life.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Lena Ortiz']);
  });
});

suite('engine: reported clauses in less common places', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['a postposed cue with "on behalf of" its principal', 'The singer died at home on Friday, her agent Tom Reyes stated on behalf of the family.', [['indirect', 'The singer died at home on Friday', 'Tom Reyes']]],
    ['"that" after a preposition is a determiner inside the clause', 'Rail chief Ann Cole stated the track in that area is run by a private firm.', [['indirect', 'the track in that area is run by a private firm', 'Ann Cole']]],
    ['a bare singular noun before "called" is no coordinated source', 'Inspector Raj Patel noted a warning and braking system called rail guard could have stopped the crash.', [['indirect', 'a warning and braking system called rail guard could have stopped the crash', 'Raj Patel']]],
    ['a number word heads a poll share', 'In the survey, four in ten backed the plan. Four percent said the law should never change.', [['indirect', 'the law should never change', 'Four percent']]],
    ['a contrasted share after "while" reports again', 'In the poll, 61 percent said the vote should wait, while 28 percent said it should not.', [['indirect', 'the vote should wait', '61 percent'], ['indirect', 'it should not', '28 percent']]],
    ['"made clear that"', 'Although the motion passed, Greek officials made clear that it would not mean war.', [['indirect', 'it would not mean war', 'Greek officials']]],
    ['a fronted time adverbial before "according to" is not the content', 'As of last spring, according to the magazine, Lena Ortiz was writing a memoir.', [['indirect', 'Lena Ortiz was writing a memoir', 'the magazine']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(found(analyzeBody(text)), expected));

  test('a time adjunct after the hearer is not part of the content', () => {
    const a = analyzeBody('Lena Ortiz told the radio station in 2019 she had never sung in public. Dan Ruiz told reporters on Monday the talks had failed.');
    assert.deepStrictEqual(found(a).map((f) => f[1]), ['she had never sung in public', 'the talks had failed']);
  });

  test('a clause after a hearer, then a semicolon and a quotation: two statements', () => {
    const a = analyzeBody('Lena Ortiz told the radio station in 2019 she had never sung in public; "Not once, not even at school."');
    assert.deepStrictEqual(found(a), [['indirect', 'she had never sung in public', 'Lena Ortiz'], ['direct', 'Not once, not even at school.', 'Lena Ortiz']]);
  });

  test('a passive report names its source after "by"; a date after the agent is no part of it', () => {
    const a = analyzeBody('Nina Vale died on Friday. News of her death was announced by her family on Saturday. The closure was confirmed by the Committee to Protect Journalists.');
    assert.deepStrictEqual(found(a), [['indirect', 'News of her death', 'her family'], ['indirect', 'The closure', 'Committee to Protect Journalists']]);
  });

  test('a passive with "by … saying" is the subject\'s own report, not a passive report', () => {
    const a = analyzeBody('Dan Ruiz is reported by the local paper as saying the mill will close.');
    assert.ok(found(a).every((f) => f[2] === 'Dan Ruiz'), JSON.stringify(found(a)));
  });

  test('a warning against something, after a hearer or not', () => {
    const a = analyzeBody('Both Ruritania and Freedonia have warned Sylvania against such a move. The mayor warned against cuts to the budget.');
    assert.deepStrictEqual(found(a), [['indirect', 'against such a move', 'Ruritania; Freedonia'], ['indirect', 'against cuts to the budget', 'The mayor']]);
  });

  test('a participle after the content does not make it an inner report', () => {
    const a = analyzeBody('According to the magazine, Lena Ortiz was writing a memoir, naming three co-authors.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['the magazine']);
  });
});

suite('engine: speech words in other senses', () => {
  const none: Array<[string, string]> = [
    ['a place name and "state" before a past verb', 'On Monday, the new train on a route in Ohio state derailed at high speed while crossing a bridge, killing two.'],
    ['a noun object and a coordinated past verb', 'Lena Ortiz published three novels and edited a magazine which closed in 1990.'],
    ['a claim to a territory ("claim X as Y")', 'Ruritania claims the northern valley as part of its future state.'],
    ['asking for a thing', 'The city has been asking for help with the floods for weeks.'],
  ];
  for (const [name, text] of none) test(name, () => assert.deepStrictEqual(found(analyzeBody(text)), []));

  test('"claims" with a clause still reports', () => {
    assert.deepStrictEqual(found(analyzeBody('Lena Ortiz claims the vote was rigged.')), [['indirect', 'the vote was rigged', 'Lena Ortiz']]);
  });
});

suite('engine: the noun phrase that speaks', () => {
  test('the hearer after "replied to" is not the speaker of "saying"', () => {
    const a = analyzeBody('Councillor Ben Shaw replied to Ortiz saying "That is simply untrue."');
    assert.deepStrictEqual(found(a), [['direct', 'That is simply untrue.', 'Ben Shaw']]);
  });

  test('the object of a participle is not the speaker; a document\'s author after "from" is', () => {
    const a = analyzeBody('The Dock Workers Union released a statement condemning the Harbour Board saying, "This is a dark day." Farmers shared a post from the Farm Ministry saying the ban was lifted.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Dock Workers Union', 'Farm Ministry']);
  });

  test('"he" does not reach a description already called "it"', () => {
    const a = analyzeBody('Colonel Dan Price said that the shelling in Mosul is not a rebellion, nor is it a feud. Rather it is "a police action," he said.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Dan Price', 'Dan Price']);
  });

  test('"she" prefers someone known to be female over a name of unknown gender', () => {
    const a = analyzeBody('Kiri Tane met Maria Lopez in Lima. She said the talks had gone well.');
    assert.deepStrictEqual(found(a), [['indirect', 'the talks had gone well', 'Maria Lopez']]);
  });

  test('"she" takes a named possessor before a capitalised title in her own sentence', () => {
    const a = analyzeBody('Nina Vale was born in Leeds in 1950. The mills were closing. Jobs were scarce. Vale\'s career began in a choir. One of her songs, Harvest, won an award, and she said the prize was a surprise.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Nina Vale']);
  });

  test('"she" looks past a lone capitalised title in the sentence before', () => {
    const a = analyzeBody('Nina Vale recorded Harvest in 1970. Harvest, and two other records, became classics. She told a radio station the songs were personal.');
    assert.deepStrictEqual(found(a), [['indirect', 'the songs were personal', 'Nina Vale']]);
  });
});
