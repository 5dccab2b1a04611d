// Reported speech found (tenth session, from reading US political news of three more publishers): shapes of
// content clauses and of their sources the engine did not read. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, reportedIn } from './engineFound';

suite('engine: reported speech found (tenth session)', () => {
  test('a content clause with a curly-apostrophe negative contraction is a clause', () => {
    assert.deepStrictEqual(reportedIn('The vote is on Friday. Marsh said her street doesn’t take part in the feud.'), [
      ['her street doesn’t take part in the feud', 'Marsh'],
    ]);
    assert.deepStrictEqual(reportedIn('The vote is on Friday. Okafor said the farmers weren’t told about the plan.'), [
      ['the farmers weren’t told about the plan', 'Okafor'],
    ]);
  });

  test("a poll's share or its respondents are the source of what they said", () => {
    const poll = 'The college polled 600 voters in the county last week. ';
    assert.deepStrictEqual(reportedIn(poll + 'About 12 percent said they had not decided yet.'), [['they had not decided yet', '12 percent']]);
    assert.deepStrictEqual(reportedIn(poll + 'Over 60% said the new bridge was a waste of money.'), [['the new bridge was a waste of money', '60%']]);
    assert.deepStrictEqual(reportedIn(poll + 'Two in five said the mayor should resign.'), [['the mayor should resign', 'Two in five']]);
    assert.deepStrictEqual(reportedIn(poll + 'Again, those surveyed said taxes were the main worry.'), [['taxes were the main worry', 'those surveyed']]);
    // A present cue keeps its reading of the figure ("About 40 percent say", cues/pluralBeforeBase.ts).
    assert.deepStrictEqual(reportedIn(poll + 'About 40 percent say they will vote early.'), [['they will vote early', '40 percent']]);
  });

  test('a participle after a comma inside a closing mark takes the clause subject, or the postposed source', () => {
    assert.deepStrictEqual(reportedIn('The vote is on Friday. Ruiz blamed the delay on a “broken printer,” saying the ballots would be ready soon.'), [
      ['the ballots would be ready soon', 'Ruiz'],
    ]);
    const said = found(analyzeBody('The vote is on Friday. “We have the numbers,” said Dana Ruiz, the party whip in the county, adding that two members were still undecided.'));
    assert.deepStrictEqual(said, [
      ['direct', 'We have the numbers,', 'Dana Ruiz'],
      ['indirect', 'two members were still undecided', 'Dana Ruiz'],
    ]);
  });

  test('a reporting clause in commas after a prepositional adverbial or a lead-in word reports the sentence', () => {
    assert.deepStrictEqual(reportedIn('Mia Torres runs the shop on Elm Street. At one point, she said, she was thinking of selling it.'), [
      ['At one point, she said, she was thinking of selling it', 'Mia Torres'],
    ]);
    assert.deepStrictEqual(reportedIn('The plan was approved in May. But in the end, several engineers say, the bridge will cost twice as much.'), [
      ['But in the end, several engineers say, the bridge will cost twice as much', 'several engineers'],
    ]);
    assert.deepStrictEqual(reportedIn('The plan was approved in May. Even then, critics insist, the road will be hard to finish.'), [
      ['Even then, critics insist, the road will be hard to finish', 'critics'],
    ]);
  });

  test('a fronted adverbial the clause test misreads, a demonstrative subject, and an addressee of "wrote"', () => {
    // The paragraph before makes no difference: the parenthesis after "In his town" is read as an adverbial's.
    assert.deepStrictEqual(reportedIn('Ben Ortiz spoke after the mayor. In his town, Ortiz said, young offenders are sent to a farm school.'), [
      ['In his town, Ortiz said, young offenders are sent to a farm school', 'Ben Ortiz'],
    ]);
    assert.deepStrictEqual(reportedIn('The budget passed on Monday. This includes a new clinic for the valley, Mayor Ann Lee told the council.'), [
      ['This includes a new clinic for the valley', 'Ann Lee'],
    ]);
    assert.deepStrictEqual(reportedIn('The match was played on Friday. A parent wrote the town paper, The Hill Courier, that the chants had gone too far.'), [
      ['the chants had gone too far', 'A parent'],
    ]);
  });

  test("a speech noun owned by its source, with its that-clause, is the owner's statement", () => {
    assert.deepStrictEqual(reportedIn("Tom Reyes runs the port authority. Reyes's assertion Monday that more ferries are needed on the north route drew sharp replies from the union."), [
      ['more ferries are needed on the north route', 'Tom Reyes'],
    ]);
    assert.deepStrictEqual(reportedIn("Mayor Ann Lee spoke to the crowd. The vote came just before Lee's announcement that she would seek a third term."), [
      ['she would seek a third term', 'Ann Lee'],
    ]);
    // Not a relative "that", not a belief, and not a claim that a cue's object already reports.
    assert.deepStrictEqual(reportedIn("Tom Reyes runs the port authority. Staff read Reyes's statement that he issued on Monday."), []);
    assert.deepStrictEqual(reportedIn("Tom Reyes runs the port authority. Reyes's fear that the ferries would stop grew."), []);
  });

  test('a typed dash "--" sets off an insertion inside the content as a dash does', () => {
    assert.deepStrictEqual(reportedIn('The hearing ended late. Reyes admitted that the gap between the two towns -- mostly farmers and miners -- was growing.'), [
      ['the gap between the two towns -- mostly farmers and miners -- was growing', 'Reyes'],
    ]);
  });

  test('a poll or interviews after "according to", with what it asked or a parenthesis after it, are the source', () => {
    assert.deepStrictEqual(reportedIn('The count ended late. In the county, Lee won 58 percent of farm households, according to exit polls (a wide margin for a newcomer).'), [
      ['In the county, Lee won 58 percent of farm households', 'exit polls'],
    ]);
    assert.deepStrictEqual(reportedIn('The count ended late. Most delegates will back Lee at the convention, according to interviews with a dozen county chairs.'), [
      ['Most delegates will back Lee at the convention', 'interviews with a dozen county chairs'],
    ]);
  });

  test('a quoted title in an apposition, and a bare verb after a verb of proposing', () => {
    assert.deepStrictEqual(reportedIn('The debate ran late. Joe Marsh, host of the “Evening Desk,” said the senator could lose the race.'), [
      ['the senator could lose the race', 'Joe Marsh'],
    ]);
    assert.deepStrictEqual(reportedIn('The debate ran late. Dan Price took a softer line, suggesting the state hand the work to private firms.'), [
      ['the state hand the work to private firms', 'Dan Price'],
    ]);
  });

  test('a reported question after a short adjunct, and an act after a verb of turning', () => {
    assert.deepStrictEqual(reportedIn('Ann Cole faced Tom Reyes on Monday. Cole has questioned in recent days whether Reyes can run the port, but declined to repeat it on stage.'), [
      ['whether Reyes can run the port', 'Ann Cole'],
    ]);
    assert.deepStrictEqual(reportedIn('Ann Cole faced Tom Reyes on Monday. Cole pivoted to arguing that the strike was one more reason to sell the ferries.'), [
      ['the strike was one more reason to sell the ferries', 'Ann Cole'],
    ]);
  });

  test('a fronted time told from the story\'s own time ("The next month,") is no subject', () => {
    assert.deepStrictEqual(reportedIn('The panel met in May. The next month, a former clerk filed a suit against the panel, claiming he was fired for his politics.'), [
      ['he was fired for his politics', 'a former clerk'],
    ]);
  });

  test('a verb of agreeing with its partner before "that"', () => {
    assert.deepStrictEqual(reportedIn('The board met on Monday. Nora Kent agrees with Tom Reyes that the ferry is the best plan.'), [
      ['the ferry is the best plan', 'Nora Kent'],
    ]);
  });
});
