// Speakers and cues found on the fresh blind sets of session 11 (dev20, dev21), with invented sentences: an evidence
// verb with a thing as subject inside someone's reported clause ("said the floods underlined "…""), "quoted X, Y,
// as saying", "went so far as to say", a partitive clause subject ("One of them went on to say"), the date adjunct
// before a relative "which" and the owner of "his Twitter account", "read a warning by X", a reduced relative
// after a quoted name ("the group "…" mentioned in …"), "by stating" before a clause without "that", a gerund
// subject after "saying", a quotation after a person's name and its comma,
// and a determined singular source inside a relative ("that the opposition says was rigged"). Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, speakerOf } from './engineFound';

suite('engine: session 11, fresh sets', () => {
  // cues/evidenceSubject.ts
  test('a thing noun with "underlined" inside what the minister said: the quotation is the minister\'s', () => {
    const statements = found(analyzeBody('The minister said the floods underlined "the urgent need for new defences" along the river.'));
    assert.deepStrictEqual(statements, [['mixed', 'the urgent need for new defences', 'The minister']]);
  });
  test('a thing noun with "revealed": one statement, the mayor\'s', () => {
    const statements = found(analyzeBody('The mayor said the delays revealed "a failure of planning" at the agency.'));
    assert.deepStrictEqual(statements.map(([, , s]) => s), ['The mayor']);
  });
  test('near miss: a person subject of "hinted" inside the clause keeps its cue', () => {
    const statements = found(analyzeBody('The senator said officials had hinted that the plan had failed.'));
    assert.ok(statements.some(([, text, s]) => text === 'officials had hinted that the plan had failed' && s === 'The senator'));
  });
  test('near miss: a sentence of its own with a thing subject is untouched by the rule', () => {
    const statements = found(analyzeBody('The floods underlined the need for defences, the minister said.'));
    assert.deepStrictEqual(statements.map(([, , s]) => s), ['the minister']);
  });

  // statements/quotedAppositive.ts
  test('"quoted the city spokesman, John Roe, as saying": John Roe speaks', () => {
    assert.strictEqual(speakerOf('The daily paper, The Tribune, quoted the city spokesman, John Roe, as saying the bridge would reopen soon.', 'the bridge would reopen'), 'John Roe');
  });
  test('"quoted Jane Doe, a city engineer, as saying": Jane Doe speaks', () => {
    assert.strictEqual(speakerOf('The Tribune quoted Jane Doe, a city engineer, as saying the bridge was safe.', 'the bridge was safe'), 'Jane Doe');
  });

  // cues/soFarAs.ts, statements/clauseSubject.ts (partitive)
  test('"went so far as to say, "…"" is a cue of the subject', () => {
    const statements = found(analyzeBody('The senator even went so far as to say, "This is the worst budget in years."'));
    assert.deepStrictEqual(statements, [['direct', 'This is the worst budget in years.', 'The senator']]);
  });
  test('"went as far to say, "…"" after a partitive subject', () => {
    const statements = found(analyzeBody('The parents spoke to the court. One of them even went as far to say, "This is the worst budget in years."'));
    assert.deepStrictEqual(statements, [['direct', 'This is the worst budget in years.', 'One of them']]);
  });
  test('near miss: "went as far as to reach" is no speech', () => {
    assert.deepStrictEqual(found(analyzeBody('The river went as far as to reach the town.')), []);
  });

  // statements/trailingDate.ts, speakers/documentAuthors.ts
  test('"updated his Twitter account on Tuesday, which read, "…"": the account\'s owner speaks', () => {
    assert.strictEqual(speakerOf('The photographer Tom Reed last updated his Twitter account on Tuesday, which read, "In the city. Heavy shelling."', 'Heavy shelling'), 'Tom Reed');
  });

  // statements/speechNounAuthor.ts
  test('"…," read a warning by the weather office: the office speaks', () => {
    const statements = found(analyzeBody('The storm hit the coast.\n\n"Residents should stay indoors and keep away from windows," read a warning by the National Weather Office.'));
    assert.deepStrictEqual(statements.map(([, , s]) => s), ['National Weather Office']);
  });

  // cues/quotedNameParticiple.ts
  test('a past form after a quoted name is no cue for a later quotation', () => {
    const statements = found(analyzeBody('The party said it does not know the group "City Friends" mentioned in the paper\'s article, and challenged the newspaper to "present its evidence" about the ties.'));
    assert.ok(!statements.some(([, text, s]) => text.includes('present its evidence') && s !== 'The party'));
  });

  // cues/verbContext.ts, cues/omittedThat.ts
  test('"responded by stating" before a clause without "that"', () => {
    const statements = found(analyzeBody('The party responded by stating its members do not know the donor.'));
    assert.deepStrictEqual(statements, [['indirect', 'its members do not know the donor', 'The party']]);
  });
  test('near miss: "by promising" before a hearer and a noun is an act', () => {
    assert.deepStrictEqual(found(analyzeBody('The firm grew by promising customers low prices.')), []);
  });

  // cues/gerundSubject.ts
  test('a gerund right after "saying" is the content clause\'s subject', () => {
    const statements = found(analyzeBody('The party rejected the report, saying accusing them without evidence "violates media ethics."'));
    assert.deepStrictEqual(statements, [['mixed', 'violates media ethics.', 'The party']]);
  });
  test('"said criticising the plan was unfair" is one statement', () => {
    const statements = found(analyzeBody('The mayor said criticising the plan was unfair.'));
    assert.deepStrictEqual(statements, [['indirect', 'criticising the plan was unfair', 'The mayor']]);
  });

  // cues/relativeSource.ts
  test('"an election that the opposition says was rigged": a determined source inside the relative', () => {
    const statements = found(analyzeBody('The unrest began after an election that the opposition says was rigged.'));
    assert.deepStrictEqual(statements, [['indirect', 'was rigged', 'the opposition']]);
  });
  test('near miss: "the council reports are useless" has no relative pronoun before it', () => {
    const statements = found(analyzeBody('Critics said the council reports are useless.'));
    assert.ok(!statements.some(([, , s]) => s === 'the council'));
  });

  // statements/nameBeforeQuote.ts
  test('a quotation after a person\'s name and its comma is that person\'s', () => {
    const statements = found(analyzeBody('The mayor said the plan would work.\n\nResidents doubt the plan, among them retired teacher Ann Moss, "It will not bring the jobs back to this town."'));
    assert.ok(statements.some(([, text, s]) => text.startsWith('It will not bring') && s === 'Ann Moss'));
  });
  test('near miss: a name after "on" is a medium, not the one quoted', () => {
    const statements = found(analyzeBody('Ann Moss, a teacher, responded to the plan on Facebook, "It will not bring the jobs back to this town."'));
    assert.ok(!statements.some(([, , s]) => s === 'Facebook'));
  });
});
