// Reported speech in shapes of US political news (session 9, PolNeAR train errors sorted by cause): a poll's,
// a survey's or a document's findings ("The survey showed that …", "County records show …"), people nouns as the
// source of an evidence verb ("Some party allies suggested that …"), and words that are nouns far more often than
// cues ("state party officials", "an email server", "closing remarks"). Every sentence is written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { found, reportedIn, speakerOf } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech, session 9 (PolNeAR shapes)', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a survey showed that', 'The survey also showed that retirees mostly backed the mayor.', [['retirees mostly backed the mayor', 'The survey']]],
    ['county records show', 'County records show he gave money to both parties in 2008.', [['he gave money to both parties in 2008', 'County records']]],
    ['a poll found', 'The poll found that most renters opposed the new tax.', [['most renters opposed the new tax', 'The poll']]],
    ['a plural person noun suggests', 'Some union allies suggested that the managers were politically motivated.', [['the managers were politically motivated', 'Some union allies']]],
    ['a time adverb and two adjuncts before "that"', 'Wilson said earlier on Friday during a news conference that he may wait until March to decide.', [['he may wait until March to decide', 'Wilson']]],
    ['"that given …," opening the content', 'Mark Ellis said in an interview Wednesday that given the governor\'s popularity, he was confident the bill would pass.', [["given the governor's popularity, he was confident the bill would pass", 'Mark Ellis']]],
    ['a subject with its infinitive before a postposed cue', 'A request to interview the mayor would have to be reviewed by the county, a former official said.', [['A request to interview the mayor would have to be reviewed by the county', 'a former official']]],
    ['a named addressee after a postposed "wrote"', 'The old files are stored in a safe room, Jones wrote Linden.', [['The old files are stored in a safe room', 'Jones']]],
    ['a plan with its infinitive stays a noun object', 'The mayor announced a plan to build a new road.', [['a plan to build a new road', 'The mayor']]],
    ['"according to" a source with its post-modifier', 'According to the officer in charge of the base that night, the scene in the film is untrue.', [['the scene in the film is untrue', 'the officer']]],
    ['a time phrase, "according to", then the clause', 'About 10 p.m., according to a police timeline, the guards left for the compound.', [['the guards left for the compound', 'a police timeline']]],
    ['a clause after the source\'s comma is no apposition', 'Sixty were hurt according to officials in Ankara, the capital.', [['Sixty were hurt', 'officials in Ankara']]],
    ['"said when …, CLAUSE" keeps its content', 'The mayor said when the storm hit, the roof collapsed.', [['when the storm hit, the roof collapsed', 'The mayor']]],
    ['a participle, an adverb and its agent is no cue', 'The mayor gave his blessing, according to court papers reported previously by the Herald.', [['The mayor gave his blessing', 'court papers']]],
    ['a writer\'s "highlighting" aside after the content', 'Frank Dole said it took him months to find a single supporter, highlighting the gap between donors and voters.', [['it took him months to find a single supporter', 'Frank Dole']]],
    ['a cue in a time clause before the comma is no source', 'Later in the show, after the interview concluded, Maher stated that the report was bad.', [['the report was bad', 'Maher']]],
    ['a relative clause after a plural head before "say"', 'Supporters who have heard directly from the team say their first priority is to win the county.', [['their first priority is to win the county', 'Supporters']]],
    ['a share of a poll before "say"', 'About 40 percent say they want lower taxes.', [['they want lower taxes', '40 percent']]],
    ['a content subject with its "who" relative', 'The memo says foreign nationals who disrespect the law can be barred from entry.', [['foreign nationals who disrespect the law can be barred from entry', 'The memo']]],
    ['a participle after a dash has the clause\'s subject', 'Marco Diaz changed his pick on the spot – saying he was rooting for the home team.', [['he was rooting for the home team', 'Marco Diaz']]],
    ['a colon before a named clause of the writer\'s ends the content', 'Reyes says that the show has drawn anger from all sides: Harold Stone, in 2013, questioned its claims.', [['the show has drawn anger from all sides', 'Reyes']]],
    ['a cue in a fronted "although" clause', 'Although in May Hale said her choice was a mistake, at the meeting this week she said she did not regret it.', [['her choice was a mistake', 'Hale'], ['she did not regret it', 'Hale']]],
    ['a fronted "while" clause ends at its comma', 'While officials said the road was safe, it closed on Monday.', [['the road was safe', 'officials']]],
    ['an adverbial inside the fronted clause\'s content', 'Although Hale said that, as a child, she loved the town, she left it in 1990.', [['as a child, she loved the town', 'Hale']]],
    ['"states" as the verb of a document', 'The county report states that the bridge was never inspected.', [['the bridge was never inspected', 'The county report']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  const none: Array<[string, string]> = [
    ['footage shows, it does not say', 'Footage showed that the bridge had collapsed.'],
    ['a person shows, he does not say', 'Smith showed that he could still run a marathon.'],
    ['"state" modifying a role noun', 'Dan Reyes, the Ohio state director of the group, was unsure why the race had tightened.'],
    ['"state" modifying a noun after "and"', 'He met local and state party officials who backed the plan.'],
    ['"emails" as a plural noun after a number', 'The memo was contained in 12 emails that were sent to the mayor.'],
    ['"email" as a noun modifier', 'Aide who set up mayor email server gets immunity.'],
    ['a postposed "wrote" before a thing is no addressee', 'The war was lost, Jones wrote the book.'],
    ['a participle and a bare weekday before the main verb', 'The plan announced Friday was a surprise to the council.'],
    ['a participle with "that day" before the main verb', 'The strategy outlined that day was notable because the team had waited.'],
    ['a participle with its time between commas', 'The deal, announced Friday, would last four years.'],
    ['a time clause after "said" is when, not what', '"Very good reporter," Trump said when Lee asked him a question.'],
    ['a compound noun inside the relative is no verb', 'Lawyers who filed the asylum claim say nothing about it.'],
    ['a coordinator after the cue joins a second verb', 'At the council, what the mayor says and promises is now the rule.'],
    ['"tweeting and emailing" a video', 'The campaign went on the offensive, tweeting and emailing a video of the debate.'],
    ['"remarks" as a plural noun', 'The senator made the case in his closing remarks during the debate.'],
  ];
  for (const [name, text] of none) test(name, () => assert.deepStrictEqual(reported(text), []));

  test('a relative "who said" keeps its own content', () => {
    assert.deepStrictEqual(reported('The network broadcast an audiotape of a man who said he was with the rebels.').map(([content]) => content), ['he was with the rebels']);
  });

  test('a bare "studies show" inside a source\'s words stays in its content', () => {
    assert.deepStrictEqual(reported('According to a city press release, studies show that young drivers take more risks at night.'), [['studies show that young drivers take more risks at night', 'a city press release']]);
  });
});

suite('engine: elliptical passives after a subordinator (session 9)', () => {
  test('"when asked" is no cue: the quotation is the hearer-telling source\'s', () => {
    const text = 'Any charge would involve Attorney General Ann Lowe, who told Congress when asked about the inquiry: "That matter is handled by career agents."';
    assert.strictEqual(speakerOf(text, 'That matter'), 'Ann Lowe');
    assert.deepStrictEqual(reportedIn(text), []);
  });
});

suite('engine: a headline colon attributes (session 9)', () => {
  const whole = (text: string) => found(analyze(text)).filter((f) => f[0] === 'indirect').map((f) => [f[1], f[2]]);
  test('a name the body uses, then the content', () => {
    assert.deepStrictEqual(whole('Lowe: No outside influence on the county probe into the emails.\n\nAttorney General Ann Lowe said on Monday the probe was independent.\n')[0], ['No outside influence on the county probe into the emails', 'Ann Lowe']);
  });
  test('a hearer after "to" is no part of the source', () => {
    assert.deepStrictEqual(whole('Hale to council: Budget will be balanced next year.\n\nMayor Ann Hale spoke on Monday.\n'), [['Budget will be balanced next year', 'Ann Hale']]);
  });
  test('a place, a common noun or a series before the colon is a kicker', () => {
    assert.deepStrictEqual(whole('Libya: Rebels edge closer to the capital\n\nRebels moved on Monday.\n'), []);
    assert.deepStrictEqual(whole('Photo report: Comic convention brings fans to Toronto\n\nThe convention opened.\n'), []);
    assert.deepStrictEqual(whole('The Latest: Mayor to give away engraved shotgun.\n\nThe mayor spoke.\n'), []);
    assert.deepStrictEqual(whole('City Shorts: June 8, 2007\n\nThe City council met.\n'), []);
  });
});
