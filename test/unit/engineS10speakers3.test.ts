// Speakers of found statements (session 10, speakers): a plural possessive's apostrophe inside a source's
// apposition; a participle after a postposed cue with a day and a place; a progressive after "while"; a cue in a
// relative clause before a quotation; "the presumptive Republican presidential nominee"; town and ally as role
// nouns; "those who …" and "those surveyed"; a name with its relative inside doubled hyphens; a phrase under
// "no"; a function word after "("; an "expressing" cue; a document after "of" before ", which"; an inverted
// source after a run-on quotation or a fragment inside the sentence it closes; a reporting sentence after "?" or "!" closed by adjuncts. Every sentence is
// written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const speakers = (text: string) => found(analyzeBody(text)).map((f) => f[2]);

suite('engine: speakers of found statements (s10, speakers)', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    // statements/attribution.ts, mentions/pluralApostrophe.ts
    ['a plural possessive inside the apposition after a quotation', '"The numbers are good," Jeff Wade, Harris’ campaign manager, said in a statement. "We will win."', ['Jeff Wade', 'Jeff Wade']],
    ['the same with a straight apostrophe', '"The numbers are good," Jeff Wade, Harris\' campaign manager, said. "We will win."', ['Jeff Wade', 'Jeff Wade']],
    // statements/postposedParticiple.ts
    ['a participle after "said Tuesday in Paris"', 'Tom Baker’s plans are troubling, Lena Reed said Tuesday in Paris, noting the candidate “makes you want to leave.”', ['Lena Reed']],
    ['a participle after "said at a rally in Ohio on Monday"', 'The plan was approved, Lena Reed said at a rally in Ohio on Monday, adding that the vote was close.', ['Lena Reed']],
    // statements/progressiveSubject.ts
    ['a progressive after ", while"', 'Lena Reed voted for the plan, while Tom Baker is arguing that a judge can’t do his job.', ['Tom Baker']],
    // statements/cueRightBefore.ts
    ['a cue in a relative clause after "nothing"', 'Ann Ruiz spoke after the speech. Nothing the mayor said "will ease people’s fears," the senator said.', ['the senator']],
    // mentions/npModifiers.ts
    ['a lowercase adjective before the party and the role', '"We have to hire more police," the presumptive Republican presidential nominee said.', ['the presumptive Republican presidential nominee']],
    // data/roles.json
    ['"one X confidant"', '“Reed is bigger than the party,” said one Baker confidant.', ['one Baker confidant']],
    ['"a X ally"', '“We will win,” a Baker ally said.', ['a Baker ally']],
    ['"the town" before "released a statement saying"', 'The town released a statement saying the remarks were based on opinion.', ['The town']],
    // statements/thoseSource.ts
    ['"those who attended"', 'Those who attended said the economy was the top issue.', ['Those who attended']],
    ['"those surveyed" and a quoted fragment', 'While those surveyed said Tom Baker has the "best record," Reed is trusted most.', ['those surveyed']],
    // statements/dashApposition.ts
    ['a name and its relative inside doubled hyphens', 'A former candidate -- Jon Hale, who lost the race to Ruiz -- said the president "offered no changes."', ['Jon Hale']],
    ['a relative alone inside doubled hyphens', 'Jon Hale -- who lost the race to Ruiz -- said the president offered no changes.', ['Jon Hale']],
    // mentions/negated.ts
    ['a phrase under "no" is no antecedent', 'Ann Ruiz said she acted like others. However, no other senator had such a server. "I turned over my emails," she said.', ['Ann Ruiz', 'Ann Ruiz']],
    ['a name under "neither" is still an antecedent', 'Neither Ann Ruiz nor Tom Baker spoke at the rally. Later, “We lost,” she said.', ['Ann Ruiz']],
    // mentions/initialCaps.ts
    ['a function word after "(" is no name', 'Tom Baker is expected to win. (There is no polling of the state, but aides suggested he would win a district.) There, the district chairman Chuck Wills said one delegate was a supporter.', ['aides', 'Chuck Wills']],
    // cues.ts
    ['"issued a statement expressing optimism"', 'Both men issued a statement expressing optimism about working together.', ['Both men']],
    // statements/runOnQuote.ts
    ['a run-on quotation, then an inverted source with its apposition', '“For most teachers, he’s saying the right things” about fixing schools and helping unions, said Ann Kilby, director of the group.', ['Ann Kilby']],
    // statements/closingReport.ts
    ['a fragment inside a sentence closed by an inverted source', 'The agency did not find "ties of any consequence," aside from a few calls, said the bureau’s director, Ann Kirby, on Monday.', ['Ann Kirby']],
    ['a fragment inside a sentence closed by a postposed source', 'The agency did not find "ties of any consequence" between the two men, the director said.', ['the director']],
    // statements/relativeThatSource.ts
    ['", which concluded" after "the leak of the report"', 'Following Monday’s leak of the report, which concluded that the council overspent, the mayor resigned.', ['the report']],
    // statements/postposed.ts
    ['after "?", a hearer and an adjunct', '“Who knows?” Tom Baker told the station in an interview.', ['Tom Baker']],
    ['after "?", a named hearer and an adjunct', '“Who knows?” Tom Baker told Britain’s ITV station in an interview.', ['Tom Baker']],
    ['after "?", "when asked"', '“Who knows?” Tom Baker said when asked about the plan.', ['Tom Baker']],
    ['after "!", a participle of quoting', '"The mayor is ‘a total liar.’ Not fit!" Tom Baker tweeted, quoting the report.', ['Tom Baker']],
    ['after "?", "said of"', '"He stopped and asked, ‘How do we win?’" Will Ortiz, the county chairman, said of the encounter.', ['Will Ortiz']],
  ];
  for (const [name, text, want] of cases) {
    test(name, () => assert.deepStrictEqual(speakers(text), want));
  }

  test('a sentence of its own after a quotation keeps its content', () => {
    // `He concluded, saying, "…"`: a participle of speech opens words of its own; the quotation before is not its.
    const f = found(analyzeBody('Tom Ruiz spoke. "We found him." He said the man was safe.'));
    assert.deepStrictEqual(f.map((x) => x[1]), ['We found him.', 'the man was safe']);
  });
});
