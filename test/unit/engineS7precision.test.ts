// Statements the engine reported that are not there, or whose span missed (seventh session, "precision"): a quoted
// reason after a naming word ("was named "as a joke"") is the source's fragment; "claim X "as …"" is possession;
// an adverbial before a quotation ("responded, via tweets, "…"") is no content; verb forms after "via", a plural
// noun opening its sentence ("Reports on … vary"), a base form after "a"/"an" and modifiers ("an independent
// Kurdish state"), or before a participle and its preposition ("a report filed on") are nouns; a past form
// before a title in an apposition ("X, proposed Secretary of State, …") is a participle; "whether" after a verb
// that asks nothing states nothing, and a negation reaches over an aside ("did not, however, say"); an infinitive
// in a relative clause ("which the governor promised to abolish") has its object gapped; "according to" skips a
// relative clause of its source and a source running on after an opening link; a finite cue after a
// participle's adjunct is the clause's verb ("A study published in June suggests …"). Near-misses keep their
// statements. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

type Row = [string, string, string | null];

suite('engine: statements that are not there, spans that miss (S7 precision)', () => {
  const cases: Array<[string, string, Row[]]> = [
    ['a quoted reason after "named" is a fragment', 'Professor Lena Marsh told the BBC that the comet was named "as a joke".', [['mixed', 'as a joke', 'Lena Marsh']]],
    ['a quoted name after "named" stays a name', 'The ship, named "Ocean Star", sank in 1990, officials said.', [['indirect', 'The ship, named "Ocean Star", sank in 1990', 'officials']]],
    ['"claimed X "as …"" is possession: the outer cue keeps the fragment', 'Senator Ilsa Varga said Russia had claimed the peninsula "as an act of force".', [['mixed', 'as an act of force', 'Ilsa Varga']]],
    ['"claims X are …" is still a claim', 'Ruritania claims the islands are its own territory.', [['indirect', 'the islands are its own territory', 'Ruritania']]],
    ['an adverbial aside before a quotation', 'The following day, Mayor Tom Brandt responded, via separate tweets, "Why did these people not vote?"', [['direct', 'Why did these people not vote?', 'Tom Brandt']]],
    ['"via" before "that" keeps the clause', 'Governor Alma Reyes announced via Twitter that the bridge would reopen.', [['indirect', 'the bridge would reopen', 'Alma Reyes']]],
    ['a plural noun opening its sentence', 'Reports on the weapon used vary between a knife and a "sharp tool".', []],
    ['a plural noun before its verb of saying', 'Reports suggest the factory will close in May.', [['indirect', 'the factory will close in May', 'Reports']]],
    ['an inverted cue opening its sentence stays a cue', 'Says one nurse, "We have no beds left."', [['direct', 'We have no beds left.', 'one nurse']]],
    ['"whether" after a negated verb with an aside', 'The mayor did not, however, say whether the bridge would reopen.', []],
    ['"whether" after a verb that asks nothing', 'Tests on the samples could reveal whether the water is safe.', []],
    ['"whether" after "asked" is the question', 'Reporters asked the minister whether the bridge would reopen.', [['indirect', 'whether the bridge would reopen', 'Reporters']]],
    ['an aside without a negation', 'The president, however, warned that the economy would shrink.', [['indirect', 'the economy would shrink', 'The president']]],
    ['"a"/"an" and modifiers before a base form', 'The group wants to create an independent socialist Kurdish state in a territory which it claims as Kurdistan.', []],
    ['a group noun after "a" takes the plural verb', 'A small group of residents claim the water is unsafe.', [['indirect', 'the water is unsafe', 'A small group of residents']]],
    ['a coordinated base form after "a" and a noun', 'The board said Paris was a volunteer and claim she had no grievance.', [['indirect', 'Paris was a volunteer', 'The board'], ['indirect', 'she had no grievance', 'The board']]],
    ['a past form before a title in an apposition', 'Rex Tillman, proposed Secretary of State for the new administration, implied the troops would stay.', [['indirect', 'the troops would stay', 'Rex Tillman']]],
    ['a past form before a title without a comma', 'The mayor confirmed Minister Alan Hale would resign.', [['indirect', 'Minister Alan Hale would resign', 'The mayor']]],
    ['an infinitive whose object is the relative pronoun', 'The tax, which the governor has promised to abolish, raised $2 billion.', []],
    ['a relative subject\'s infinitive ends at its comma', 'The party, which has vowed to appeal, lost the case.', [['indirect', 'to appeal', 'The party']]],
    ['an infinitive with its object stays', 'The governor has promised to abolish the tax.', [['indirect', 'to abolish the tax', 'The governor']]],
    ['"according to" a source with a relative clause', 'According to officials who spoke on condition of anonymity, the shipment came from Norway.', [['indirect', 'the shipment came from Norway', 'officials']]],
    ['"and, according to" a longer source, then the predicate', 'The senator met the envoys on Monday and, according to reports first published by the Herald, told them about the deal.', [['indirect', 'told them about the deal', 'reports']]],
    ['a participle\'s adjunct, then the clause\'s verb', 'Ann Lowe, an activist, tweeted on Twitter that the vote was rigged.', [['indirect', 'the vote was rigged', 'Ann Lowe']]],
    ['a base form before a participle and its preposition', 'Claims of fraud contradicted in a classified Army report filed on 27 May.', []],
    ['a plural subject\'s verb before a participle', 'Residents say armed men stormed the building.', [['indirect', 'armed men stormed the building', 'Residents']]],
    ['a quotation completing the clause after "were"', 'The minister said the new regulations for the banking sector were "unworkable".', [['mixed', 'unworkable', 'The minister']]],
    ['a quotation completing the clause after a cue far inside it', 'Vera Lint said the report of the mayor praising the budget was "pure invention".', [['mixed', 'pure invention', 'Vera Lint']]],
    ['a clause of its own before a quoted participle phrase stays', 'The mayor said the plan would fail, calling it "a disaster".', [['indirect', 'the plan would fail', 'The mayor'], ['mixed', 'a disaster', 'The mayor']]],
    ['a quotation of a cue right before it inside the content', 'Pilots said fatigue is part of a wider problem, in what one captain describes as "a slow crisis".', [['indirect', 'fatigue is part of a wider problem', 'Pilots'], ['mixed', 'a slow crisis', 'one captain']]],
    ['"that, according to X," leaves the clause before it open', 'The court heard that, according to police, the driver was drunk.', [['indirect', 'the driver was drunk', 'police']]],
    ['a base form after "the" and a name, before a plural verb', 'Estimates for the Bergen protest vary from two to ten thousand.', []],
    ['a base form after "the" and a plural name stays a verb', 'The Taliban say they will fight on.', [['indirect', 'they will fight on', 'Taliban']]],
    ['"according to" over a verb with a prepositional object', 'According to the union, about 60 workers protested in the square against the visit of the minister when he was touring the plant.', [['indirect', 'about 60 workers protested in the square against the visit of the minister when he was touring the plant', 'the union']]],
    ['"according to" gives way to an inner report after an adjunct and "that"', 'According to the Herald, the mayor said in a statement that the school would close.', [['indirect', 'the school would close', 'the mayor']]],
    ['a cue in the relative clause of an indefinite pronoun', 'Anyone who claims the vote was rigged is lying.', []],
    ['a cue after the relative clause of a plural source stays', 'Officials who inspected the site said the dam was safe.', [['indirect', 'the dam was safe', 'Officials']]],
    ['a restrictive relative\'s content ends before the main predicate', 'The man who said the vote was rigged is lying.', [['indirect', 'the vote was rigged', 'The man']]],
    ['... and before a past closing the sentence', 'The engineer who warned that the dam was built badly resigned.', [['indirect', 'the dam was built badly', 'The engineer']]],
    ['a participle inside the content is no main predicate', 'The official who said the regions most hit by the floods are now short of water resigned.', [['indirect', 'the regions most hit by the floods are now short of water', 'The official']]],
    ['an adverbial of the act before the infinitive', 'The broadcaster promised when threatened with legal action to defend its report in court.', [['indirect', 'to defend its report in court', 'The broadcaster']]],
    ['an infinitive of its own after "when"', 'The minister promised to act when the report is published.', [['indirect', 'to act when the report is published', 'The minister']]],
    ['a naming participle after a noun gives a name', 'A group of students called "Get Out Now" marched in the parade.', []],
    ['a passive naming verb gives a term', 'The army sent in more troops in what was called a "surge."', []],
    ['"what she called" keeps her words', 'The senator attacked what she called "a betrayal of voters".', [['mixed', 'a betrayal of voters', 'The senator']]],
    ['a naming verb with its object keeps the verdict', 'Critics called the plan "a disaster".', [['mixed', 'a disaster', 'Critics']]],
    ['"self-proclaimed" before a quotation gives a nickname', 'Dale Voss, a perennial candidate and self-proclaimed "King of Debates", announced he is running again.', [['indirect', 'he is running again', 'Dale Voss']]],
    ['a slogan after its comma is no statement', 'Coach Ana Reyes referred to the club\'s unofficial slogan, "deeds speak louder than words", saying that "we heard you".', [['direct', 'we heard you', 'Ana Reyes']]],
    ['a past spelt like its base keeps its singular subject', '"Our thoughts are with his family," a club statement read.', [['direct', 'Our thoughts are with his family,', 'a club statement']]],
    ['a cue ending the text', 'Some announced', []],
    ['a "whether" clause that is the subject of a verdict is stated', 'Officials said whether the ship sank was unclear.', [['indirect', 'whether the ship sank was unclear', 'Officials']]],
    ['a verb of saying in a comparative clause after "than"', 'With a wider margin than recent polls had suggested, the voters chose "Yes" in the end.', []],
    ['"than" far before the cue leaves it a cue', 'Turnout was higher than expected, and officials said the count would end today.', [['indirect', 'the count would end today', 'officials']]],
    ['an infinitive ends before a present second predicate', 'In his letter, Dale Voss expresses a desire to join the debates and aligns himself with the party leader.', [['indirect', 'to join the debates', 'Dale Voss']]],
    ['an infinitive ends before a past second predicate', 'The mayor promised to act and left the meeting.', [['indirect', 'to act', 'The mayor']]],
    ['coordinated nouns in an infinitive stay', 'The mayor promised to cut taxes and fees for families.', [['indirect', 'to cut taxes and fees for families', 'The mayor']]],
    ['a past form after "be", a determiner and a noun modifies the noun', '"Nimbus" is the name suggested for the "rogue" moon.', []],
    ['a past form after a subject noun stays a verb', 'The panel suggested the "rogue" moon be renamed.', [['mixed', 'rogue', 'The panel']]],
    ['a quotation before "policy" names the policy', 'The general was asked about the army\'s controversial "zero tolerance" policy on Monday.', []],
    ['a quotation after "the proposition" is its wording', 'In the vote, 45% backed the proposition "Should the city build a new stadium?".', []],
    ['a lowercase word before "policy" after "the" stays in the content', 'Critics said the "reckless" policy would fail.', [['mixed', 'reckless', 'Critics']]],
  ];
  test('a block quotation runs on over a cue after a first-person subject', () => {
    const text = 'Mayor Lena Holt said:\n\nCertainly I am worried. I have read about the plan and heard it discussed. We will act soon.\n';
    assert.deepStrictEqual(found(analyzeBody(text)), [['direct', 'Certainly I am worried. I have read about the plan and heard it discussed. We will act soon.', 'Lena Holt']]);
  });
  test('a block quotation stops at a sentence of narration with its own cue', () => {
    const text = 'Mayor Lena Holt said:\n\nCertainly I am worried. Officials later claimed the plan was safe.\n';
    assert.deepStrictEqual(found(analyzeBody(text)), [['direct', 'Certainly I am worried.', 'Lena Holt'], ['indirect', 'the plan was safe', 'Officials']]);
  });
  for (const [name, text, want] of cases) {
    test(name, () => {
      assert.deepStrictEqual(found(analyzeBody(text)), want);
    });
  }
});
