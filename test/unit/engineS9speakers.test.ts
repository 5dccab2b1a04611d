// Speakers in US political news (ninth session): a long headline with a full stop over a wire dateline
// ("NEW YORK, Nov. 19 (UPI) — …" must never become a speaker), coordinated roles and unlisted lowercase role
// words before a person's name ("Former Secretary of State and Democratic presidential frontrunner Hillary
// Clinton"), and campaign role nouns ("speechwriter", "pollster", "frontrunner"). Every sentence is written
// for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { analyzeBody, found, speakerOf } from './engineFound';

suite('engine: speakers in political news (s9)', () => {
  test('a long headline ending with a full stop over a wire dateline is the headline', () => {
    const a = analyze('Mayor urges state to help rebuild the old bridge over the river before the winter floods.\n\nPORTLAND, Nov. 3 (UPI) — Mayor Ana Ruiz said the bridge would reopen in spring.\n\nShe said the repairs would cost $2 million.\n');
    assert.ok(a.structure.headline?.text.startsWith('Mayor urges'));
    assert.strictEqual(a.structure.dateline?.text, 'PORTLAND, Nov. 3 (UPI)');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Ana Ruiz', 'Ana Ruiz']);
  });

  test('two coordinated roles before a person\'s name, the second in lowercase', () => {
    assert.strictEqual(speakerOf('Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling for the United States to raise the minimum wage.', 'raise the minimum wage'), 'Hillary Clinton');
    assert.strictEqual(speakerOf('Former Governor and Republican presidential hopeful John Kasich said the plan would fail.', 'the plan would fail'), 'John Kasich');
  });

  test('an unlisted lowercase occupation between a capitalised modifier and a given name', () => {
    assert.strictEqual(speakerOf('Harlow County dairy farmer Susan Pike said the drought had cut her herd by half.', 'the drought'), 'Susan Pike');
  });

  test('campaign role nouns before a name', () => {
    assert.strictEqual(speakerOf('"These are hard days for moderates like me," former White House speechwriter Noam Neusner wrote in a column.', 'hard days'), 'Noam Neusner');
    assert.strictEqual(speakerOf('Democratic pollster Lena Varga said turnout would be low in the primary.', 'turnout would be low'), 'Lena Varga');
    assert.strictEqual(speakerOf('GOP frontrunner Ted Marsh said the debate had gone well.', 'the debate had gone well'), 'Ted Marsh');
  });

  test('a headline without a dateline under it keeps the old length test', () => {
    const a = analyzeBody('The mayor said the bridge would reopen in spring.');
    assert.deepStrictEqual(found(a), [['indirect', 'the bridge would reopen in spring', 'The mayor']]);
  });

  test('a participle after an object, the subject with an apposition before the verb', () => {
    const a = analyzeBody('Ana Ruiz, the vice chairwoman of the campaign, emailed supporters on Monday evening, telling them, "We have to be ready."');
    assert.deepStrictEqual(found(a), [['direct', 'We have to be ready.', 'Ana Ruiz']]);
    assert.strictEqual(speakerOf('"We will win," said Ann Lowe, the party leader, adding that the vote was close.', 'We will win'), 'Ann Lowe');
  });

  test('a lowercase modifier inside the complement of a source after a quotation', () => {
    assert.strictEqual(speakerOf('"The facts have not changed," a spokesman for committee Democrats said.', 'The facts'), 'a spokesman for committee Democrats');
    assert.strictEqual(speakerOf('A spokesman for committee Democrats said the report was flawed.', 'the report was flawed'), 'A spokesman for committee Democrats');
    assert.strictEqual(speakerOf('The chairman of county Republicans said the vote was fair.', 'the vote was fair'), 'The chairman of county Republicans');
  });

  test('a compound role noun closing a source after an inverted cue', () => {
    const a = analyzeBody('"There was a mistake," said a former senior law enforcement official. "But was it a crime?"');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['a former senior law enforcement official', 'a former senior law enforcement official']);
    assert.strictEqual(speakerOf('"It will pass," said a campaign finance lawyer.', 'It will pass'), 'a campaign finance lawyer');
  });

  test('documents of political news as sources: an email, an editorial', () => {
    assert.strictEqual(speakerOf('The email went on to say: "We will win this fight and we will win it soon."', 'We will win'), 'The email');
    assert.strictEqual(speakerOf('The editorial went on: "Repeat after me: the plan is working."', 'Repeat after me'), 'The editorial');
  });

  test('"who" after a thing\'s noun with "of" and a name: the name speaks', () => {
    assert.strictEqual(speakerOf('Neither of them echoed the tone of Senator Tom Reed, who has called the plan a fraud.', 'the plan a fraud'), 'Tom Reed');
    assert.strictEqual(speakerOf('The claim was denied by the mother of Tom Reed, who said her son was innocent.', 'her son was innocent'), 'the mother of Tom Reed');
  });

  test('a verb of going on or beginning before a speech participle is no part of the source', () => {
    assert.strictEqual(speakerOf('Officials kept saying the plan would work.', 'the plan would work'), 'Officials');
    assert.strictEqual(speakerOf('After the vote, the delegates began saying the party must unite.', 'the party must unite'), 'the delegates');
  });

  test('a party word before the title of a name with its state', () => {
    assert.strictEqual(speakerOf('Republican Rep. Tom Reed of New York, a member of the panel, said the bill would help farmers.', 'the bill would help'), 'Tom Reed');
    assert.strictEqual(speakerOf('Democratic Sen. Ann Lowe of Ohio said the bill would help farmers.', 'the bill would help'), 'Ann Lowe');
  });

  test('a definite appositive before ", who" describes the name before it', () => {
    assert.strictEqual(speakerOf('The plan was backed by Sen. Ann Lowe of Ohio, the ranking Democrat on the committee, who said none of the emails came from her.', 'none of the emails'), 'Ann Lowe');
  });

  test('a lone surname after two people sharing it is the one named last', () => {
    const a = analyzeBody('Hillary Clinton said the race was close.\n\nWith her husband, former President Bill Clinton, standing by her side, Hillary Clinton told supporters she would win.\n\nClinton promised a country of new opportunities.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Hillary Clinton', 'Hillary Clinton', 'Hillary Clinton']);
  });

  test('the agent after "by" before a definite appositive and ", who"', () => {
    assert.strictEqual(speakerOf('Her position was supported Friday by Sen. Ann Lowe of Ohio, the ranking Democrat on the committee, who said none of the emails came from her.', 'none of the emails'), 'Ann Lowe');
  });

  test('a hearer after "to" closing the reporting sentence after a question', () => {
    assert.strictEqual(speakerOf('Tom Reed spoke in Dover.\n\n"How do you pay back these banks?" Reed said to a crowd.', 'How do you pay'), 'Tom Reed');
  });

  test('a document named again speaks for who provided it inside a reported clause', () => {
    const a = analyzeBody('The Times said Cook provided a written statement in response to the inquiries.\n\n"The use of personal email was a mistake," the statement said.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Times', 'Cook']);
  });

  test('a cue word opening a title before a name is no cue (press secretary)', () => {
    const a = analyzeBody('Obama met Sanders on Monday.\n\nAfter the meeting, White House press secretary Josh Earnest argued that a competitive primary was not a problem.\n\n"That debate is good for our democracy," he said.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Josh Earnest', 'Josh Earnest']);
  });

  test('a hyphen spaced on both sides is a dash, not inside a name', () => {
    const a = analyzeBody('Pete Santilli hosts a show.\n\nIn an interview, Deborah Jordan Reynolds - Santilli\'s girlfriend and co-host - told the newspaper that his views changed around 2002.');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Deborah Jordan Reynolds']);
  });

  test('two relatives joined by "and" before the cue: the noun before the first speaks', () => {
    assert.strictEqual(speakerOf('A diplomat who attended the talks and who asked not to be named said the deal was close.', 'the deal was close'), 'A diplomat');
  });

  test('a counted plural of a cue word after a name is a noun (22 Clinton emails)', () => {
    const a = analyzeBody('The State Department has said that it has classified 22 Clinton emails as "top secret" and will not release them.');
    assert.deepStrictEqual(found(a), [['mixed', 'top secret', 'State Department']]);
  });

  test('a video as a document whose issuer speaks through a relative', () => {
    assert.strictEqual(speakerOf('In selling the courses, Tom Reed released a marketing video that said, "We are going to have terrific teachers."', 'terrific teachers'), 'Tom Reed');
  });

  test('a headline quotation after "Name:" is the body speaker\'s so named', () => {
    const a = analyze('Lowe: ‘We Are Going All The Way To The Capital’\n\nOhio Gov. Ann Lowe won the primary on Tuesday.\n\nLowe said she would stay in the race.\n');
    assert.deepStrictEqual(found(a), [['direct', 'We Are Going All The Way To The Capital', 'Ann Lowe'], ['indirect', 'she would stay in the race', 'Ann Lowe']]);
    const kicker = analyze('Flood reports: ‘Worst In Decades’ Hits Valley\n\nThe river rose two metres overnight.\n\nThe mayor said the damage was severe.\n');
    assert.deepStrictEqual(found(kicker).map((f) => f[1]), ['the damage was severe']);
  });
});
