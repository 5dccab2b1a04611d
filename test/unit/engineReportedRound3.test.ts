// Reported speech on unseen articles, round 3 (issue 3, dev9): yes/no questions after their hearers, a bare
// "while" that opens a second report, a relative "that" that opens no content, present verbs after a noun
// subject, adverbs between auxiliary and cue, "expressed confidence" without "that", an adverbial set off after
// the cue, a participle clause that stops at the main cue, and "as reported in" a publication. Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech on unseen articles, round 3', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a yes/no question after a named hearer opens at "whether"', 'A journalist asked Mr Okafor whether the bridge will reopen in May.', [['whether the bridge will reopen in May', 'A journalist']]],
    ['a question to two hearers, set off by a comma, opens at "if"', 'Reporters asked both the governor, and Ms Lindqvist if they expected more rain.', [['if they expected more rain', 'Reporters']]],
    ['a bare "while" with a participle cue ends the first content', 'The unions claimed that the talks had gone well while admitting that several issues remained open.', [['the talks had gone well', 'The unions'], ['several issues remained open', 'The unions']]],
    ['a bare "while" with a second source ends the first content', 'Police allege that the driver was speeding while the driver maintains that the lights had failed.', [['the driver was speeding', 'Police'], ['the lights had failed', 'the driver']]],
    ['a present verb after "his" and a noun makes a clause', 'Mr Haddad said his union welcomes the new timetable.', [['his union welcomes the new timetable', 'Haddad']]],
    ['an adverb between auxiliary and cue ("has now confirmed")', 'The coroner has now confirmed that the climber died of exposure.', [['the climber died of exposure', 'The coroner']]],
    ['"expressed confidence" with a clause and no "that"', 'The referee expressed confidence the match would go ahead.', [['the match would go ahead', 'The referee']]],
    ['an adverbial set off by commas after the cue is part of the content', 'The newspaper says, in recent years, the council has ignored the warnings.', [['in recent years, the council has ignored the warnings', 'The newspaper']]],
    ['a fronted participle clause stops at the main cue before its quotation', 'Senator Mills, noting she had not seen the report, said, "We need the facts first."', [['she had not seen the report', 'Mills']]],
    ['"as reported in" a publication names its source, and a time adjunct after it is skipped', 'As reported in the local press on Monday, the dam was damaged by the storm.', [['the dam was damaged by the storm', 'the local press']]],
    ['"according to" with a time adjunct after the source', 'According to police on Tuesday, the road was closed for repairs.', [['the road was closed for repairs', 'police']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  const silent: Array<[string, string]> = [
    ['"as reported in" a month names no source', 'As reported in March, the dam was damaged by the storm.'],
  ];
  for (const [name, text] of silent) test(name, () => assert.deepStrictEqual(reported(text), []));

  // Session 7: the relative "that" opens no content of "released a statement"; the praise's short object is
  // the statement's own (the annotators mark "issued a statement condemning the dispute").
  test('a relative "that" after the statement opens no content; its verb\'s short object reports', () => {
    assert.deepStrictEqual(reported('The ministry released a statement on Friday that praised the rescue teams.'), [['the rescue teams', 'The ministry']]);
  });

  test('a "that" after the cue still opens a clause when the adverbial ends with a comma before it', () => {
    assert.deepStrictEqual(reported('The mayor said, in a brief statement, that the road would close.'), [['the road would close', 'The mayor']]);
  });
});
