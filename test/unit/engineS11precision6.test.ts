// Reported speech taken where there is none (session 11, precision6): a cue's past form between a noun and a
// participle of fate is a reduced passive with no source ("the hikers reported missing on Sunday were …");
// "responded to" / "replied to" a thing names what was answered, not words; "added" an object "to" a noun phrase
// is placement; a plural speech noun after a common verb is its object ("heard claims that …"); a "that"
// relative after an opening "according to" source describes the source. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, reportedIn } from './engineFound';

suite('engine: reported speech, session 11 precision6', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    // cues/reportedState.ts
    ['"reported killed" after a noun is a reduced passive', 'The three soldiers reported killed on Sunday were all from the same village.', []],
    ['"reported missing" before a time word', 'Two hikers reported missing last week were found alive.', []],
    ['"confirmed dead" before a preposition', 'Two climbers confirmed dead on the mountain were from Spain.', []],
    ['an aside set off by commas', 'The victims, reported killed by gunmen, were buried on Tuesday.', []],
    ['a participle modifying a noun object stays a report', 'The firm reported improved profits on Monday.', [['improved profits', 'The firm']]],
    ['a participle before a plural noun object stays a report', 'Residents reported injured animals near the river.', [['injured animals near the river', 'Residents']]],
    ['a clause after "said" with a participle subject modifier', 'The coach said tired players were the problem.', [['tired players were the problem', 'The coach']]],
    // cues/nonSpeech.ts: "responded to" + what was answered
    ['"responded to" a thing names what was answered', 'The minister responded to reports about the delays in the program.', []],
    ['"replied to" a thing, then a participle that reports', 'The minister replied to the letter, saying the plan was on schedule.', [['the plan was on schedule', 'The minister']]],
    ['"responded to" a thing "by saying" reports through the gerund', 'The minister responded to criticism of the plan by saying the money had run out.', [['the money had run out', 'The minister']]],
    ['"responded to" a hearer and "that" stays a report', 'The minister responded to reporters that the plan was on schedule.', [['the plan was on schedule', 'The minister']]],
    // statements/accordingRelative.ts
    ['a "that" relative after an opening source describes it', 'According to a report that was published on Monday, the mine will close.', [['the mine will close', 'a report']]],
    ['a "that" relative ending on a colon leaves no content', 'According to the police statement that announced the arrest:', []],
    ['a demonstrative "that" after the comma opens the content', 'According to the mayor, that was the end of the matter.', [['that was the end of the matter', 'the mayor']]],
    // cues/addedObject.ts
    ['"added" an object "to" a noun phrase is placement', 'The airline added publishers Daily Press and Star Group to its legal targets in a lawsuit filed on Monday.', []],
    ['"added that" with "to" inside the content stays a report', 'The mayor added that the move to the new site was a mistake.', [['the move to the new site was a mistake', 'The mayor']]],
    ['"added" a clause without "that" stays a report', 'Smith added the stadium would not be ready in time.', [['the stadium would not be ready in time', 'Smith']]],
    // cues/nounAfterVerb.ts
    ['a plural speech noun after a common verb is its object', 'The hearing included claims that the company hid its losses from investors.', []],
    ['so after an irregular past', 'The inquiry heard claims that the guards beat prisoners.', []],
    ['a reduced relative before "claims" keeps the verb', 'The man arrested claims he was framed.', [['he was framed', 'The man arrested']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  test('a quotation before "responded to" keeps its cue', () => {
    const statements = found(analyzeBody('"We did nothing wrong," the mayor responded to the criticism.'));
    assert.deepStrictEqual(statements, [['direct', 'We did nothing wrong,', 'the mayor']]);
  });
});
