// Quotations whose attributing frame is no verb cue of the lexicon (eighth session): a passive whose subject
// heard the words ("were told by"), "for saying", naming verbs in relative clauses, "quoted as telling", and a
// noun of speech with its source after "from". Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));

suite('engine: quotation cues (eighth session)', () => {
  test('a quotation told to the subject of a passive is the agent\'s', () => {
    assert.deepStrictEqual(body('Pupils were warned by head teacher Paul Reed: "Phones will be confiscated."'), [['direct', 'Phones will be confiscated.', 'Paul Reed']]);
    assert.deepStrictEqual(body('Staff were told by chief executive Omar Saleh in an email: "The company must save money."')[0][2], 'Omar Saleh');
    assert.deepStrictEqual(body('The minister was asked by a reporter: "Will you resign?"')[0][2], 'a reporter');
    assert.deepStrictEqual(body('"This is a scandal," MPs were told by Mark Fenn.'), [['direct', 'This is a scandal,', 'Mark Fenn']]);
  });

  test('a passive that tells nothing leaves the quotation to its own cue', () => {
    assert.deepStrictEqual(body('The team was beaten by Rovers: "We were poor," said coach Lars Ibsen.'), [['direct', 'We were poor,', 'Lars Ibsen']]);
  });

  test('a gerund of saying after "for" after a verb is the subject\'s speech', () => {
    assert.deepStrictEqual(body('Senator Joan Pike was attacked for claiming that the vote was "rigged".'), [['mixed', 'rigged', 'Joan Pike']]);
    assert.deepStrictEqual(body('The bishop Tom Vale was praised for saying: "Every refugee deserves a home."')[0][2], 'Tom Vale');
  });

  test('"for saying" after a noun is no cue', () => {
    assert.deepStrictEqual(body('Thanks for saying "yes" to the survey.'), []);
    assert.deepStrictEqual(body('The reason for saying "sorry" is simple.'), []);
  });

  test('a naming verb in a relative clause: its subject said the quoted words', () => {
    assert.deepStrictEqual(body('The president signed what aides dubbed "the deal of the decade".'), [['mixed', 'the deal of the decade', 'aides']]);
    assert.deepStrictEqual(body('Hale attacked the budget, which Diaz called "a triumph".'), [['mixed', 'a triumph', 'Diaz']]);
    // No relative pronoun: a group or role after an object noun phrase is the relative clause's subject.
    assert.deepStrictEqual(body('Seven people were arrested over a murder police called "barbaric".'), [['mixed', 'barbaric', 'police']]);
    assert.deepStrictEqual(body('The minister signed a deal critics branded "a sell-out".'), [['mixed', 'a sell-out', 'critics']]);
  });

  test('a naming verb whose subject opens the clause, or names a thing, is unchanged', () => {
    assert.deepStrictEqual(body('In an address, the current president described the general as "a hero".'), [['mixed', 'a hero', 'the current president']]);
    assert.deepStrictEqual(body('She wrote a book called "Silent Rivers".'), []);
    assert.deepStrictEqual(body('The band called their new album "Long Road Home".'), []);
  });

  test('"quoted as telling" is the frame "quoted as saying" is', () => {
    assert.deepStrictEqual(body('"The plan is dead," Nadia Kern was quoted as telling supporters.'), [['direct', 'The plan is dead,', 'Nadia Kern']]);
  });

  test('a noun of speech with its source after "from", before a colon', () => {
    assert.deepStrictEqual(body('The message from organiser Amy Stone was clear: "Come early and bring water."'), [['direct', 'Come early and bring water.', 'Amy Stone']]);
    assert.deepStrictEqual(body('The response from the ministry came within hours: "We deny everything."')[0][2], 'the ministry');
  });
});
