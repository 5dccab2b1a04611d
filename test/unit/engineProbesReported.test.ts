// Reported speech probed with a battery of written sentences covering the common constructions of news prose
// (wire, British and American papers, Wikinews): a figure's approximator opening the content ("said at least
// 12 people …"), the wire's bare weekday after a postposed cue ("…, police said Monday."), a source with a
// restrictive relative ("A diplomat who attended the talks said …"), the reporter's words about the act after
// the content (", without elaborating", ", speaking at …", ", but gave no details"), a longer adjunct before
// "that", a hearer headed by no role ("told a news conference …"), prepositional adverbials of the content
// ("said under the deal, …"), "pledged support for …", and the directive "told him to leave", which reports
// nothing. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech, probe battery', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['"at least" opening the content', 'Officials said at least 12 people were killed in the floods.', [['at least 12 people were killed in the floods', 'Officials']]],
    ['"about" and a figure opening the content', 'The council said about 200 homes were flooded.', [['about 200 homes were flooded', 'The council']]],
    ['a bare weekday after a postposed cue', 'Five people died in the blast, police said Monday.', [['Five people died in the blast', 'police']]],
    ['a weekday and "night" after a postposed cue', 'The border will reopen, officials said Friday night.', [['The border will reopen', 'officials']]],
    ['"the two sides" as a postposed source', 'The talks will resume in June, the two sides said in a joint statement.', [['The talks will resume in June', 'the two sides']]],
    ['"both" opening a source', 'Both sides said the ceasefire was holding.', [['the ceasefire was holding', 'Both sides']]],
    ['a source with a restrictive relative', 'A diplomat who attended the meeting said the talks would resume in June.', [['the talks would resume in June', 'A diplomat']]],
    ['a relative ending in a noun of its own', 'An official who spoke on condition of anonymity said the strike was approved.', [['the strike was approved', 'An official']]],
    ['a postposed source with a restrictive relative', 'The talks will resume in June, a diplomat who attended the meeting said.', [['The talks will resume in June', 'a diplomat']]],
    ['an inverted source with a restrictive relative', 'The talks will resume in June, said a diplomat who attended the meeting.', [['The talks will resume in June', 'a diplomat']]],
    ['", without elaborating" after the content', 'The minister said the budget was balanced, without elaborating.', [['the budget was balanced', 'The minister']]],
    ['", without giving details" after the content', 'The minister said the budget was balanced, without giving details.', [['the budget was balanced', 'The minister']]],
    ['", speaking at …" after the content', 'The minister said the budget was balanced, speaking at a rally in Lyon.', [['the budget was balanced', 'The minister']]],
    ['", in an interview with …" after the content', 'The minister said the budget was balanced, in an interview with Le Monde.', [['the budget was balanced', 'The minister']]],
    ['", but did not give …" after the content', 'The minister said the budget was balanced, but did not give figures.', [['the budget was balanced', 'The minister']]],
    ['", but gave no …" after the content', 'The mayor said the bridge would reopen, but gave no date.', [['the bridge would reopen', 'The mayor']]],
    ['", though she did not …" after the content', 'The mayor said the bridge would reopen, though she did not give a date.', [['the bridge would reopen', 'The mayor']]],
    ['a longer place adjunct before "that"', 'The mayor said during a visit to the site that the bridge would reopen.', [['the bridge would reopen', 'The mayor']]],
    ['a weekday and a medium before "that"', 'The mayor said Tuesday night in a post on Facebook that the bridge would reopen.', [['the bridge would reopen', 'The mayor']]],
    ['a fronted adverbial of the content with its comma', 'The envoy said under the agreement, the rebels would disarm.', [['under the agreement, the rebels would disarm', 'The envoy']]],
    ['a fronted adverbial of the content without a comma', 'The mayor said without more money the bridge would close.', [['without more money the bridge would close', 'The mayor']]],
    ['a bare plural before the relative, a pronoun before the cue', 'Officials who saw it said it was burnt.', [['it was burnt', 'Officials']]],
    ['an adjunct between a named hearer and "that"', 'The mayor told Reuters by telephone that the bridge would reopen.', [['the bridge would reopen', 'The mayor']]],
    ['a hearer headed by no role or name', 'The mayor told a news conference the bridge would reopen.', [['the bridge would reopen', 'The mayor']]],
    ['a withheld answer after a mid-sentence cue', 'The bridge will reopen next month, the mayor said, though she gave no date.', [['The bridge will reopen next month', 'the mayor']]],
    ['a pledge with a noun object', 'The leaders pledged support for the flood victims.', [['support for the flood victims', 'The leaders']]],
    ['a participle whose pronoun object takes up the text before it', "The envoy dismissed Larijani's remarks calling them outrageous.", [['them outrageous', 'The envoy']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  test('a weekday before a clause is no closing adjunct', () => {
    assert.deepStrictEqual(reported('The mayor said Monday he would resign.'), [['he would resign', 'The mayor']]);
  });
  test('a cue inside the relative clause has its own source', () => {
    assert.deepStrictEqual(reported('The man who police said had fled was arrested on Monday.').map(([, source]) => source), ['police']);
  });
  test('"with" before a noun and a clause names the act\'s means', () => {
    assert.deepStrictEqual(reported('The crew responded with water cannon after the boat rammed the pier.'), []);
  });
  test('a second predicate that is no withholding of words stays in the content', () => {
    assert.deepStrictEqual(reported('Critics said the firm knew of the risks but did not report them.'), [['the firm knew of the risks but did not report them', 'Critics']]);
    assert.deepStrictEqual(reported('The mayor said the bridge was safe, though it had not been inspected.'), [['the bridge was safe, though it had not been inspected', 'The mayor']]);
  });
  test('"without" and a participle with no comma stays in the content', () => {
    assert.deepStrictEqual(reported('The engineer said the bridge could not be built without raising taxes.'), [['the bridge could not be built without raising taxes', 'The engineer']]);
  });
  test('the "that" of a coordinated verb is not the cue\'s', () => {
    assert.deepStrictEqual(reported('The envoy expressed regret over the decision and suggested that talks resume.'), [['the decision', 'The envoy'], ['talks resume', 'The envoy']]);
  });
  test('"by" and a participle tells how the act was done', () => {
    assert.deepStrictEqual(reported('The minister answered by saying the budget was fine.'), [['the budget was fine', 'The minister']]);
  });
  test('a time adverbial alone is no noun object', () => {
    assert.deepStrictEqual(reported('The committee will report next month.'), []);
  });
  test('a lowercase object of "told" with no clause after it reports nothing', () => {
    assert.deepStrictEqual(reported('The mayor told a story about the bridge.'), []);
  });
  test('a directive to a hearer reports nothing', () => {
    assert.deepStrictEqual(reported('The guard told him to leave the building.'), []);
    assert.deepStrictEqual(reported('Police told residents to stay indoors.'), []);
    assert.deepStrictEqual(reported('The minister told reporters the talks had stalled.'), [['the talks had stalled', 'The minister']]);
  });
});
