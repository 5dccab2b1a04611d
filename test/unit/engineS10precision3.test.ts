// Reported speech extras and content bounds of US political news (session 10, precision): a past or -ing cue form
// used as an adjective before a noun ("its own recommended list", "other promising news"), an -ing cue after a verb
// of avoiding ("avoided criticizing", "stopped short of endorsing"), "who identify as" (belonging, not words),
// "boasts a lead" (having, not saying), a short target before "but said, "…"", a person as the object of "endorse", a cue in a
// relative clause without its pronoun ("The plan Smith announced would …"), a relative pronoun as the subject of a
// cue before the sentence's end ("…, who had pledged to …"), "as a teacher who has written about …, X …", a fronted
// subordinate clause whose content swallowed the main clause ("But if X implied that A, B …"), a past predicate
// after a present content (", and he railed against …"), the newspapers' double-hyphen dash around an insertion,
// the reporter's ", as was the case with …" and ", although it was not clear …" after a content, "according to"
// inside a parenthesis of the subject ("Farmers, 82 percent of whom … according to the poll, have …"), a content
// that a quotation's inner cue would cut down to its own cue ("CNN, Cruz said, called it "…""),
// a subordinate clause and its comma before a quotation that is its main clause ("says no matter what …, "…""),
// a second count after ", while" when the source is a count ("1,200 members said …, while 95 favored …"), a
// demonstrative "that way" after a request, and a clause after ", and" ending an infinitive content.
// A base or -s cue form after a possessive "'s" is a noun ("the mayor's praise of …"), not a clause's verb, and an
// object pronoun ("reiterated them on …") or "it" before a preposition ("mentioned it on television") opens no clause.
// Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, reportedIn } from './engineFound';

suite('engine: reported speech, session 10 precision', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    // cues/attributiveModifier.ts
    ['a past form after a counted numeral modifies its noun', 'The party released its list of 25 recommended delegates on Monday.', []],
    ['a past form after "own" modifies its noun', 'The team drew up its own recommended list of loyalists.', []],
    ['a past form after "to" modifies its noun', 'Among those who made it on to recommended slates: two mayors and a banker.', []],
    ['an -ing form after "other" modifies its noun', 'There is other promising news for the mayor in the county.', []],
    ['a numeral before a pronoun is the subject of the verb', 'Of the 30 members, 12 said they would vote no.', [['they would vote no', '12']]],
    ['"the other" before a pronoun is the subject of the verb', 'One agreed; the other said he would wait.', [['he would wait', 'the other']]],
    // cues/avoidedAct.ts
    ['an -ing cue after "avoided" reports nothing', 'The governor has avoided directly criticizing the mayor, a Republican appointed by the president.', []],
    ['an -ing cue after "stopped short of" reports nothing', 'But the mayor stopped short of fully endorsing the governor\'s criticisms of the police.', []],
    ['an -ing cue after "refrained from" reports nothing', 'She refrained from publicly blaming the council for the long delay.', []],
    ['the cue without a verb of avoiding still reports', 'The governor criticized the mayor for his handling of the budget crisis.', [['the mayor for his handling of the budget crisis', 'The governor']]],
    // cues/nonSpeech.ts
    ['"who identify as" is belonging to a group', 'Voters who identify as independents do so for many reasons.', []],
    ['"boasts" before an indefinite noun phrase is having', 'She boasts a roughly 45-point lead among older voters.', []],
    ['"boasted that" stays speech', 'The mayor boasted that the city had never been safer.', [['the city had never been safer', 'The mayor']]],
    // statements/targetObject.ts
    ['a short target before "but said, "…"" names only the target', 'The mayor praised the aides but said, "We still need money."', []],
    ['a short target without a quotation is what was said', 'The mayor praised the aides on Monday.', [['the aides', 'The mayor']]],
    // statements/candidateObject.ts
    ['"endorsed" and a person for an office is no content', 'Morton Blake has endorsed Sen. Ted Ruiz for president.', []],
    ['"endorsed" and a person with a place adverb is no content', 'Rep. Tom Cole, who formally endorsed Smith here on Sunday, had worked quietly.', []],
    ['"endorsed" and a plan is what was endorsed', 'The senator endorsed the governor\'s plan to cut taxes for families.', [['the governor\'s plan to cut taxes for families', 'The senator']]],
    // statements/reducedObjectRelative.ts
    ['a cue in a relative without its pronoun has its noun as object', 'The plan Smith announced would cut taxes for most families.', []],
    ['so does one with a time adjunct after the cue', 'The phrase Smith cited on Wednesday has appeared in several of her speeches.', []],
    ['a pronoun source in such a relative', 'The letter she wrote was published on Monday.', []],
    ['a verb of saying keeps the noun as the subject of its content', 'It was one of the countries Smith said had sent soldiers.', [['had sent soldiers', 'Smith']]],
    // statements/asCue.ts
    ['"as" of a role with a cue in its relative clause credits nothing', 'As a former teacher who has written about schools, I find the mayor\'s words worrying.', []],
    ['"as" with a source and a cue still credits the clause after it', 'As the ministry reported on Monday, the number of cases fell.', [['the number of cases fell', 'the ministry']]],
    // statements/frontedSubordinate.ts
    ['"But if" before the cue: the main clause is no content', 'But if the mayor implied that he would not run again, he did not keep his word.', [['he would not run again', 'the mayor']]],
    ['"while" after an opening adverbial: the object ends before the main clause', 'In a debate, while most rivals called for a bigger effort to fight the group, also known as ISIS, Trump hewed closer to the president, noting that the two are enemies.', [['a bigger effort to fight the group, also known as ISIS', 'most rivals'], ['the two are enemies', 'Trump']]],
    ['"though" after ", and": the content ends before the dash that the main clause follows', 'Judge Ann Lee has the final say, and though she has said she will accept the ruling – the one the court issued Monday – critics are still angry.', [['she will accept the ruling – the one the court issued Monday', 'Ann Lee']]],
    // statements/presentSecondPredicate.ts
    ['a pronoun and a past verb after a present content', 'Smith said the real culprit is the council, and he railed against the moderators for failing to ask.', [['the real culprit is the council', 'Smith']]],
    ['a clause with its own subject after a present content stays', 'The mayor said the plant is closed, and workers were sent home.', [['the plant is closed, and workers were sent home', 'The mayor']]],
    // statements/clauseBounds.ts
    ['a double hyphen pair is an insertion inside the content', 'The mayor acknowledged that a rift does exist between the two parties -- mainly over taxes -- and the unions.', [['a rift does exist between the two parties -- mainly over taxes -- and the unions', 'The mayor']]],
    ['a double hyphen pair inside the subject of the content', 'Other lawmakers echoed those comments, saying the plan -- new taxes and fewer police -- is inadequate to the threat.', [['the plan -- new taxes and fewer police -- is inadequate to the threat', 'Other lawmakers']]],
    ['a lone double hyphen still ends the content', 'The mayor said the city had sent the letter -- all true.', [['the city had sent the letter', 'The mayor']]],
    // statements/clause.ts
    ['a verb form after a possessive "\'s" is its noun, no clause', 'The editor tweeted out the mayor\'s praise of the plan during the press conference.', []],
    ['a verb after "\'s office" still is one', 'The mayor\'s office says the plan will fail.', [['the plan will fail', 'The mayor\'s office']]],
    ['an object pronoun opens no clause', 'The mayor said the plan was dead on Wednesday, and he reiterated them on a radio show on Thursday.', [['the plan was dead on Wednesday', 'The mayor']]],
    ['"it" before a preposition opens no clause', 'The anchors had mentioned it on television.', []],
    ['"US" opening the content still is its subject', 'As Smith told the paper, US ozone has dropped.', [['US ozone has dropped', 'Smith']]],
    // data/cues.json writerAsides, statements/accordingContent.ts
    ['", as was the case with" is the reporter\'s comparison', 'The mayor said he does not hold them in public, as was the case with Tuesday\'s briefing.', [['he does not hold them in public', 'The mayor']]],
    ['", although it was not clear" is the reporter\'s hedge', 'A witness told the paper he saw one man in the truck and heard gunfire, although it was not clear who fired.', [['he saw one man in the truck and heard gunfire', 'A witness']]],
    ['"according to" inside a parenthesis of the subject reports no predicate', 'Local farmers, 82 percent of whom view the plan unfavorably according to the poll, have a dominant presence in the state.', []],
    ['"according to" set off after the subject still reports the sentence', 'The driver, according to police, was drunk.', [['The driver, according to police, was drunk', 'police']]],
    // statements/parallelShare.ts
    ['a second count after ", while" ends the content of a counted source', 'In all, 1,200 members said they backed the deal, while 95 members favored a strike.', [['they backed the deal', '1,200 members']]],
    ['without a counted source both figures stay the source\'s', 'The official record says up to 300 people disappeared, while 900 were killed in those years.', [['up to 300 people disappeared, while 900 were killed in those years', 'The official record']]],
    // statements/thatAfterAdjunct.ts, statements/infinitiveEnd.ts
    ['"that way" after a request is no complementizer', 'In a tweet, the city urged people to seek shelter that way, and the hashtag was soon trending.', [['to seek shelter that way', 'the city']]],
    ['a clause after ", and" ends an infinitive content', 'The mayor promised to cut taxes, and the council agreed.', [['to cut taxes', 'The mayor']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  // cues/nonSpeech.ts: an object gap before "as" keeps "identify" a cue.
  test('"who he identified as" with a quotation still describes', () => {
    const statements = found(analyzeBody('Ali Razzak said he freed three leaders, who he identified as "Omar Khan, Tom Zahir and Ben Qassim."'));
    assert.ok(statements.some(([kind, text]) => kind !== 'indirect' && text.includes('Omar Khan')));
  });

  // statements/overlaps.ts: a content cut before a quotation's inner cue that would end on its own cue.
  test('"X, Cruz said, called the move "…"" leaves no indirect "X, Cruz said"', () => {
    const statements = found(analyzeBody('The senator spoke on Monday. CNN, Cruz said, called the announcement “highly significant.”'));
    assert.deepStrictEqual(statements.filter(([kind]) => kind === 'indirect'), []);
    assert.ok(statements.some(([kind, text]) => kind === 'mixed' && text.includes('highly significant')));
  });

  // statements/openRemainder.ts: a subordinate clause before a quotation that is its main clause.
  test('"says no matter what …, "…"" is one mixed statement', () => {
    const statements = found(analyzeBody('Speaker Tom Ryan says no matter what action the mayor takes on guns, “his word does not trump the law.”'));
    assert.deepStrictEqual(statements.map(([kind]) => kind), ['mixed']);
  });
  test('"said if …, "…"" is one mixed statement too', () => {
    const statements = found(analyzeBody('Speaker Tom Ryan said if the council votes no, “we will find another way.”'));
    assert.deepStrictEqual(statements.map(([kind]) => kind), ['mixed']);
  });
  test('a main clause before the quotation keeps its indirect statement', () => {
    const statements = found(analyzeBody('Speaker Tom Ryan said the council would vote no, “and we will find another way.”'));
    assert.ok(statements.some(([kind]) => kind === 'indirect'));
  });

  // statements/postposed.ts (the content only: which noun "who" stands for is the speakers' reading).
  test('a relative pronoun as the subject of a cue takes no content before it', () => {
    const contents = reportedIn('It was a partial reversal for the senator, who had previously pledged to support the nominee.').map(([c]) => c);
    assert.deepStrictEqual(contents, ['to support the nominee']);
  });
});
