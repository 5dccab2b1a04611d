// Who is credited: passive reports, documents and their authors, "according to" with a pronoun or a
// participle, a postposed source with a modifier, parenthetical and mid-sentence cues, given names that are also verbs,
// and nouns that look like cue verbs. Every sentence here is written for the test (none is taken from the
// annotated articles).
import * as assert from 'assert';
import { analyzeBody, who } from './engineFound';

suite('engine: who is credited', () => {
  test('"X is reported by Y saying": the passive subject speaks, not the agent', () => {
    const a = analyzeBody('Local baker Tom Reyes is reported by the Denver, Colorado based website saying about the mayor: "I like him better."');
    assert.deepStrictEqual(who(a), [['I like him better.', 'Tom Reyes']]);
  });

  test('"X was heard on radio saying": the passive subject speaks', () => {
    const a = analyzeBody('The harbour master was heard on radio saying "we need two more tugs."');
    assert.deepStrictEqual(who(a), [['we need two more tugs.', 'The harbour master']]);
  });

  test('"According to Acme executives": a plural title noun stays in the source, and "They" is them', () => {
    const a = analyzeBody('According to Acme executives, their firm has paid a high price. They claim that the rival has "crushed them" in revenge.');
    assert.deepStrictEqual(who(a), [['their firm has paid a high price', 'Acme executives'], ['crushed them', 'Acme executives']]);
  });

  test('a statement from an organisation is credited to the organisation', () => {
    const a = analyzeBody('A statement from the port authority said the quay would reopen.');
    assert.deepStrictEqual(who(a), [['the quay would reopen', 'the port authority']]);
  });

  test('a possessor\'s figures or report stand for the possessor; a possessor\'s spokesman speaks himself', () => {
    const a = analyzeBody('According to the ministry\'s figures, exports fell. The firm\'s annual report said profits doubled. The mayor\'s spokesman said the office was shut.');
    assert.deepStrictEqual(who(a), [['exports fell', 'the ministry'], ['profits doubled', 'The firm'], ['the office was shut', "The mayor's spokesman"]]);
  });

  test('"A Reuters report said": the named publisher speaks; a platform is no author', () => {
    const a = analyzeBody('A Reuters report said the ferry had sunk. An Internet posting said the ferry was late.');
    assert.deepStrictEqual(who(a), [['the ferry had sunk', 'Reuters'], ['the ferry was late', 'An Internet posting']]);
  });

  test('"the statement said" after "X issued a statement" is X', () => {
    const a = analyzeBody('The rail operator issued a statement on Monday. "Services will resume," the statement said.');
    assert.deepStrictEqual(who(a), [['Services will resume,', 'The rail operator']]);
  });

  test('"It said" after "A statement by X was posted" is X', () => {
    const a = analyzeBody('A statement by the rowing federation was posted online. It said "We mourn a great coach."');
    assert.deepStrictEqual(who(a), [['We mourn a great coach.', 'the rowing federation']]);
  });

  test('an apposition inside a fronted participial clause is not the subject of a coordinated cue', () => {
    const a = analyzeBody('Writing in the Tribune, the city\'s oldest paper, Jane Holt argued that rents are too high, and implies the council has given up.');
    assert.deepStrictEqual(who(a).map((f) => f[1]), ['Jane Holt', 'Jane Holt']);
  });

  test('"According to him" names the last man mentioned', () => {
    const a = analyzeBody('Fire chief Carl Moss spoke at noon. According to him, one of the blazes started near the depot.');
    assert.deepStrictEqual(who(a), [['one of the blazes started near the depot', 'Carl Moss']]);
  });

  test('a sentence-final "according to e-mails sent by her family": the family speaks', () => {
    const a = analyzeBody('Anna Berg has died. Berg died on Monday after a long illness according to e-mails sent by her family.');
    assert.deepStrictEqual(who(a), [['Berg died on Monday after a long illness', 'her family']]);
  });

  test('"X said …, state television reported": the outer source, with its modifier', () => {
    const a = analyzeBody('Chile said it has received signals about the hostages, state television reported.');
    assert.deepStrictEqual(who(a), [['Chile said it has received signals about the hostages', 'state television']]);
  });

  test('"state" before a noun and a verb is no cue', () => {
    const a = analyzeBody('Members of the Danish state bureaucracy met on Friday. The toll rose to 12, state media reported.');
    assert.deepStrictEqual(who(a), [['The toll rose to 12', 'state media']]);
  });

  test('a cue noun after a preposition is no cue ("alongside calls for", "Amid claims that")', () => {
    const a = analyzeBody('The plan comes alongside calls for \'firm-hand\' policing. Amid claims that the count was rigged, the board met.');
    assert.deepStrictEqual(who(a), []);
  });

  test('"…, X said, while …": the whole sentence is reported', () => {
    const a = analyzeBody('Nine of the injured were hikers, Dr Lena Park said, while two were guides.');
    assert.deepStrictEqual(who(a), [['Nine of the injured were hikers, Dr Lena Park said, while two were guides', 'Lena Park']]);
  });

  test('"Saying "…," he told X he …": the participle cues the quotation, "told" its own clause', () => {
    const a = analyzeBody('Mill owner Piet Lode spoke in 2001. Saying "the bank had him cornered," he told the union he had to close.');
    assert.deepStrictEqual(who(a), [['the bank had him cornered,', 'Piet Lode'], ['he had to close', 'Piet Lode']]);
  });

  test('a given name that is also a verb opens a name ("Said Karimi", "Will Dunn")', () => {
    const a = analyzeBody('The bus stopped at noon. Said Karimi, a driver, said the road was flooded. Will Dunn said the bridge held.');
    assert.deepStrictEqual(who(a), [['the road was flooded', 'Said Karimi'], ['the bridge held', 'Will Dunn']]);
  });

  test('a document\'s participle is no cue ("In a statement published in X, Y asserted")', () => {
    const a = analyzeBody('In a statement published in the weekly Courier, Mayor Ines Roth asserted that the audit was fair.');
    assert.deepStrictEqual(who(a), [['the audit was fair', 'Ines Roth']]);
  });

  test('a noun object ends before a second predicate ("admitted the charges and has been …")', () => {
    const a = analyzeBody('The cyclist Ben Ott admitted the charges and has since been banned from racing.');
    assert.deepStrictEqual(who(a), [['the charges', 'Ben Ott']]);
  });

  test('"as confirmed by X": a source after a passive report in an "as" adjunct', () => {
    const a = analyzeBody('The mill paid its suppliers late, as confirmed by the EPB in Oslo.');
    assert.deepStrictEqual(who(a), [['The mill paid its suppliers late', 'EPB']]);
  });

  test('a whole-paragraph quotation after a paragraph of reported speech continues its source', () => {
    const a = analyzeBody('Mayor Jane Holt said the plan would hurt the town.\n\n"We will fight it all the way to the highest court in the land."');
    assert.deepStrictEqual(who(a).map((f) => f[1]), ['Jane Holt', 'Jane Holt']);
  });

  test('a fronted time adverbial and a long subject with an apposition still make a clause', () => {
    const a = analyzeBody('This morning, the former mayor of the town, Ray Dunn, was taken into custody for 15 days, the police said in a statement.');
    assert.deepStrictEqual(who(a), [['This morning, the former mayor of the town, Ray Dunn, was taken into custody for 15 days', 'the police']]);
  });

  test('"According to the complaint, X has maintained its monopoly by …": a cue with a noun object does not take over', () => {
    const a = analyzeBody('According to the lawsuit, the mill has maintained its lead by cutting prices.');
    assert.deepStrictEqual(who(a), [['the mill has maintained its lead by cutting prices', 'the lawsuit']]);
  });

  test('"denied X access" and "responded by withholding" are acts; "denied X was …" is a denial', () => {
    const a = analyzeBody('The club denied Rovers access to the ground. The club responded by cancelling the match. The club denied Rovers were banned.');
    assert.deepStrictEqual(who(a), [['Rovers were banned', 'The club']]);
  });

  test('a story "headlined" a quotation: a title, however long', () => {
    const a = analyzeBody('The paper ran a story headlined "Council plans to move the whole town hall across the river by May".');
    assert.deepStrictEqual(who(a), []);
    assert.strictEqual(a.quotes[0].role, 'title');
  });
});
