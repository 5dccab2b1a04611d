// Reported speech probed with a battery of written articles on where a content clause ends and who its source
// is (battery 5): "according to" naming a source no role list holds ("the coast guard", "the latest census",
// "figures released by the bureau on Tuesday") but not a norm followed ("according to the plan"); the
// reporter's adjuncts after a postposed cue ("…, police said early Saturday.", "…, he said by telephone from
// Gdynia.", "…, she said late Wednesday after talks with …", "…, an official said on condition of anonymity
// because …", "…, the governor said, without giving a timeline."); a second source with bare modifiers after
// "while", a semicolon or ", and" ("…, while aid groups said …"); post-modified sources ("a person briefed on
// the talks", "sources close to her", "two people familiar with the talks who asked not to be named"). Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, reportedIn } from './engineFound';

suite('engine: reported speech, probe battery 5 (content ends and sources)', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['"according to" an unlisted noun, first', 'According to the coast guard, the ferry lost power near the pier.', [['the ferry lost power near the pier', 'the coast guard']]],
    ['"according to" an unlisted noun, last', 'The village has 900 voters, according to the latest census.', [['The village has 900 voters', 'the latest census']]],
    ['"according to" figures and their agent with a time', 'Inflation eased to 3 percent, according to figures released by the statistics office on Monday.', [['Inflation eased to 3 percent', 'figures released by the statistics office']]],
    ['"according to" between subject and an irregular past', 'The trawler, according to the harbour patrol, sank within minutes.', [['The trawler, according to the harbour patrol, sank within minutes', 'the harbour patrol']]],
    ['"early" and a weekday after a postposed cue', 'A hiker was found alive, rangers said early Sunday.', [['A hiker was found alive', 'rangers']]],
    ['"by telephone from …" after a postposed cue', 'The talks went well, the envoy said by telephone from Tunis.', [['The talks went well', 'the envoy']]],
    ['a time phrase and a chain after a postposed cue', 'The dockers will return on Monday, their leader said late Friday after a meeting with the owners.', [['The dockers will return on Monday', 'their leader']]],
    ['the reason for anonymity after a postposed cue', 'The plant will close, an executive said on condition of anonymity because the plan was not yet public.', [['The plant will close', 'an executive']]],
    ['", without …" after a postposed cue', 'The fare will rise, the operator said, without saying by how much.', [['The fare will rise', 'the operator']]],
    ['a medium\'s participle after a postposed cue', 'Sales fell 4 percent, the retailer said in a statement, issued after the market closed.', [['Sales fell 4 percent', 'the retailer']]],
    ['", while" and a second source with a modifier', 'The council said the river had peaked, while rescue workers said it was still rising.', [['the river had peaked', 'The council'], ['it was still rising', 'rescue workers']]],
    ['a semicolon and a second source with a modifier', 'The council said the river had peaked; flood experts said it was still rising.', [['the river had peaked', 'The council'], ['it was still rising', 'flood experts']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  test('a name opening the content after "according to X," is no apposition to X', () => {
    assert.deepStrictEqual(reportedIn('According to the pathologist, Ivo Sand drowned.'), [['Ivo Sand drowned', 'the pathologist']]);
    assert.deepStrictEqual(reportedIn('According to the curator, Mila Berg, the vase is fake.'), [['the vase is fake', 'Mila Berg']]);
  });
  test('a description after a named source of "according to" is no content', () => {
    assert.deepStrictEqual(reportedIn('According to Major Ines Kaur, the head of the unit, the patrol returned safely.'), [['the patrol returned safely', 'Ines Kaur']]);
    assert.deepStrictEqual(reportedIn('According to Ines Kaur, the driver, who is 40, was unhurt.'), [['the driver, who is 40, was unhurt', 'Ines Kaur']]);
  });
  test('a post-modified source keeps its modifier', () => {
    assert.deepStrictEqual(reportedIn('A banker briefed on the bid said the price was too low.'), [['the price was too low', 'A banker briefed on the bid']]);
    assert.deepStrictEqual(reportedIn('The price is too low, said a banker briefed on the bid.'), [['The price is too low', 'a banker briefed on the bid']]);
    assert.deepStrictEqual(reportedIn('Three aides informed of the plan said it was final.'), [['it was final', 'Three aides informed of the plan']]);
    assert.deepStrictEqual(reportedIn('The singer will retire, friends close to her said.'), [['The singer will retire', 'friends close to her']]);
    assert.deepStrictEqual(reportedIn('The sale is off, according to two bankers familiar with the bid who declined to be named.'), [['The sale is off', 'two bankers familiar with the bid']]);
  });
  test('"briefed" after a hearer\'s noun with its topic is no cue', () => {
    assert.deepStrictEqual(reportedIn('A diplomat briefed on the talks said nothing was agreed.'), [['nothing was agreed', 'A diplomat briefed on the talks']]);
  });
  test('a time after the source of "according to" is neither source nor content', () => {
    assert.deepStrictEqual(reportedIn('The pool will reopen, according to a notice posted Monday.'), [['The pool will reopen', 'a notice']]);
    assert.deepStrictEqual(reportedIn('According to the coastguard last night, two boats sank.'), [['two boats sank', 'the coastguard']]);
    assert.deepStrictEqual(reportedIn('Snow will fall until Sunday, according to the regional avalanche service.'), [['Snow will fall until Sunday', 'the regional avalanche service']]);
  });
  test('a hearer no role heads, then a place and time, then "that"', () => {
    assert.deepStrictEqual(reportedIn('The coach told a press conference in Braga on Friday that the striker was fit.'), [['the striker was fit', 'The coach']]);
  });
  test('"spoke of" frames a quoted fragment; its plain noun object is no statement', () => {
    assert.deepStrictEqual(found(analyzeBody('The bishop spoke of a "shameful silence" in the diocese.')), [['mixed', 'shameful silence', 'The bishop']]);
    assert.deepStrictEqual(reportedIn('The bishop spoke of his years in the mission.'), []);
    assert.deepStrictEqual(reportedIn('The bishop spoke to pupils after the service.'), []);
  });
  test('a claim\'s that-clause after a verb of dismissal is reported', () => {
    assert.deepStrictEqual(reportedIn('The coach dismissed suggestions that he would quit.'), [['he would quit', 'The coach']]);
    assert.deepStrictEqual(reportedIn('The coach dismissed the rumour as nonsense.'), [['the rumour as nonsense', 'The coach']]);
  });
  test('a postposed cue keeps its content when a participle after it introduces a quotation', () => {
    assert.deepStrictEqual(found(analyzeBody('The ferry will run all winter, the captain said, adding: "We never stop."')), [['indirect', 'The ferry will run all winter', 'the captain'], ['direct', 'We never stop.', 'the captain']]);
  });
  test('a noun object of a cue not yet spoken is no statement', () => {
    assert.deepStrictEqual(reportedIn('The jury will announce its verdict on Friday.'), []);
    assert.deepStrictEqual(reportedIn('The club is due to confirm the transfer this week.'), []);
    assert.deepStrictEqual(reportedIn('The club announced the transfer on Sunday.'), [['the transfer', 'The club']]);
  });
  test('"appealed to" a bare plural hearer, then the request', () => {
    assert.deepStrictEqual(reportedIn('The coastguard appealed to sailors to stay in port.'), [['to stay in port', 'The coastguard']]);
    assert.deepStrictEqual(reportedIn('The witness asked to leave early.'), []);
  });
  test('"according to" a norm names no source', () => {
    assert.deepStrictEqual(reportedIn('According to the timetable, the bridge would open in May.'), []);
    assert.deepStrictEqual(reportedIn('The board works according to strict rules, and every vote is recorded.'), []);
  });
});
