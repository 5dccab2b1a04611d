// Reporting clauses set inside or before the reported clause (session 7, "midcue"): a parenthesis after the
// subject followed by any finite verb ("These whales, she suggested, specialize in …"), after a fronted
// adverbial ("After midnight, she testified, she was …") or a copular opening ("It is likely, economists
// predict, that …"); "according to X" as such a parenthesis before a present-tense verb; a fronted "As X
// reported," whose comma opens the content; and a postposed cue after content that opens with a link and a
// fronted adverbial ("But due to the bug, …, she claimed."). Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: cues inside or before the reported clause', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a plural base verb after the parenthesis', 'Ana Torres studies whales. These whales, she suggested, specialize in hunting seals.', [['These whales, she suggested, specialize in hunting seals', 'Ana Torres']]],
    ['an -s verb after the parenthesis', 'The plant, the regulator announced, needs new safety valves.', [['The plant, the regulator announced, needs new safety valves', 'the regulator']]],
    ['an adverb before the resumed verb', 'Rafael Ortiz led the tour. Tourists, he added, rarely visit the eastern caves.', [['Tourists, he added, rarely visit the eastern caves', 'Rafael Ortiz']]],
    ['a verb ending like an adverb', 'The new limits, officials said, apply to all drivers from May.', [['The new limits, officials said, apply to all drivers from May', 'officials']]],
    ['a fronted adverbial before the parenthesis', 'Clara Dunn spoke on Tuesday. After midnight, she testified, she was locked in a van.', [['After midnight, she testified, she was locked in a van', 'Clara Dunn']]],
    ['a hearer inside the parenthesis', 'Eva Lund gave evidence. Later, she told the court, the men took her phone.', [['Later, she told the court, the men took her phone', 'Eva Lund']]],
    ['a copular opening and a "that" clause', 'It is possible, the doctors said, that the virus came from bats.', [['It is possible, the doctors said, that the virus came from bats', 'the doctors']]],
    ['a "that"-only cue after a copular opening', 'It was clear, the judge ruled, that the contract was void.', [['It was clear, the judge ruled, that the contract was void', 'the judge']]],
    ['"according to" before a present-tense verb', 'The factory, according to the union, employs 900 workers.', [['The factory, according to the union, employs 900 workers', 'the union']]],
    ['"according to" after a conjunction', 'Ships were stopped and, according to the navy, searched for weapons.', [['searched for weapons', 'the navy']]],
    ['"As X reported," opening the sentence', 'As the club announced, the stadium will be rebuilt.', [['the stadium will be rebuilt', 'the club']]],
    ['"As X told Y on DAY,"', 'As Reuters reported on Tuesday, the bank plans to close 40 branches.', [['the bank plans to close 40 branches', 'Reuters']]],
    ['"But as X stated,"', 'But as the report stated, the river had already burst its banks.', [['the river had already burst its banks', 'the report']]],
    ['a link and "due to" before a postposed cue', 'But due to this bug, a hacker can read private messages, researcher Lena Moss claimed.', [['due to this bug, a hacker can read private messages', 'Lena Moss']]],
    ['"instead of" before a postposed cue', 'Instead of new taxes, the city will cut spending, the mayor Ines Roth said.', [['Instead of new taxes, the city will cut spending', 'Ines Roth']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  const nothing: Array<[string, string]> = [
    ['"as" of time with no cue', 'As the sun rose, the troops advanced on the town.'],
    ['"As he told it," reports no clause', 'Jim Cole covers the court. As he told it, the trial was a farce.'],
    ['"As X said it would," reports no clause', 'As the ministry said it would, the office reopened on Monday.'],
    ['a belief in the parenthesis', 'These whales, she believes, hunt seals in winter.'],
    ['a preposition after the parenthesis', 'Thanks, she said, for coming.'],
    ['a noun phrase after the parenthesis', 'The talks, he said, a disaster from the start, had failed.'],
    ['a participle after the parenthesis', 'The soldiers, she said, marching in the rain, looked tired.'],
    ['a fronted adverbial with no cue', 'In between, the band played two songs.'],
    ['"according to" after a relative, before a clause whose own cue reports it', 'Boats were sent back, a policy which, according to Reuters, the UN has criticised.'],
  ];
  for (const [name, text] of nothing) test(`nothing: ${name}`, () => assert.deepStrictEqual(reportedIn(text), []));

  test('a second cue before a colon after a modifier of the subject is no resumed verb', () => {
    assert.deepStrictEqual(reportedIn('Ann Lee, of the rival party said, said: the plan is dead.').filter(([t]) => t.includes('party said, said')), []);
  });
  test('"As X said that …" at the start keeps the usual content', () => {
    assert.deepStrictEqual(reportedIn('Mayor Ana Belt spoke. As she said that the plan had failed, the crowd jeered.'), [['the plan had failed', 'Ana Belt']]);
  });
});
