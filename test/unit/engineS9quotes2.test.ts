// Quotations (ninth session, second round, from reading US political news): transcript turns labelled with
// their speaker, questions put to a passive subject, quoted headlines of other articles, quoted letters.
// Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));

suite('engine: quotations (ninth session, round 2)', () => {
  test('a transcript turn is spoken by its capitalised label, and the label is no part of the words', () => {
    const got = body('At the forum, Senator Ann Ruiz said the attack was a tragedy.\n\nPartial transcript as follows:\n\n"HOLT: Senator Ruiz, did you mislead them?\n\n"VIDEO: They all told me it was a fire when they knew it was not.\n\n"RUIZ: I feel for the families, but she is wrong."');
    assert.deepStrictEqual(got.filter((f) => f[0] === 'direct'), [
      ['direct', 'Senator Ruiz, did you mislead them?', 'HOLT'],
      // The recording names no one: the turn is left without a speaker, not given to the last one named.
      ['direct', 'They all told me it was a fire when they knew it was not.', null],
      ['direct', 'I feel for the families, but she is wrong.', 'Ann Ruiz'],
    ]);
  });

  test('a lone capitalised word before a colon in a quotation is no transcript label', () => {
    const got = body('The mayor spoke on Monday.\n\n"BREAKING: Ruiz wins the primary," the campaign wrote.');
    assert.deepStrictEqual(got.map((f) => f[1]), ['BREAKING: Ruiz wins the primary,']);
  });

  test('a question put to a passive subject with no agent is not the subject\'s words', () => {
    const got = body('Former aide Tom Baird said on Wednesday that he had "no idea" about the server.\n\nBaird was asked, "If you had known, would you have told her?" He answered, "I have no idea."');
    assert.deepStrictEqual(got.slice(1), [
      ['direct', 'If you had known, would you have told her?', null],
      ['direct', 'I have no idea.', 'Tom Baird'],
    ]);
  });

  test('the agent of "was asked by" speaks the question, past a relative clause on the agent', () => {
    const got = body('Senator Ann Ruiz said the story had moved on.\n\nRuiz was asked by host Bill Mahon, who backs Ruiz but has previously dismissed the whole story about the emails of her rival, "Now, you said you were tired of it, did you not?"\n\nRuiz responded, "It has."');
    assert.deepStrictEqual(got.slice(1), [
      ['direct', 'Now, you said you were tired of it, did you not?', 'Bill Mahon'],
      ['direct', 'It has.', 'Ann Ruiz'],
    ]);
  });

  test('a quoted headline of another article after a colon is a title', () => {
    const got = body('Crime is rising, the mayor said.\n\nAnd how about this new headline from the Courier, which hits them where they live: "Surge in robberies alters residents\' routines, lifestyles." The city will always be safe.');
    assert.deepStrictEqual(got.map((f) => f[0]), ['indirect']);
  });

  test('a quoted letter is a label, and "according to" a preference names no source', () => {
    const got = body('Crime is rising, the mayor said.\n\nMost voters pull the lever for "R," or "D," according to their instinctive preference.');
    assert.deepStrictEqual(got, [['indirect', 'Crime is rising', 'the mayor']]);
  });

  test('a lowercase adverbial quoted after a work\'s noun is no title but the speaker\'s fragment', () => {
    const got = body('Senator Ann Ruiz spoke on Monday. She promised to release a report "as soon as possible" on the findings of the inquiry.');
    assert.deepStrictEqual(got, [['mixed', 'as soon as possible', 'Ann Ruiz']]);
  });

  test('a quoted subject of a clause reported by a mid-sentence cue, and a quotation after ", and"', () => {
    const got = body('Tom Rivera said he had been at the fair when he heard a noise.\n\n"A big truck" drove through the fences that had been put up, he said, and "everyone started running."');
    assert.deepStrictEqual(got.slice(1), [
      ['mixed', 'A big truck', 'Tom Rivera'],
      ['mixed', 'everyone started running.', 'Tom Rivera'],
    ]);
    // Unquoted, the first clause is an indirect statement of the same cue.
    const plain = body('Tom Rivera said he had been at the fair.\n\nThe truck drove through the fences, he said, and "everyone started running."');
    assert.deepStrictEqual(plain.slice(1), [
      ['indirect', 'The truck drove through the fences', 'Tom Rivera'],
      ['mixed', 'everyone started running.', 'Tom Rivera'],
    ]);
  });

  test('"tweeted" after a quotation, its speaker and an apposition is the reporting verb', () => {
    const got = body('Mike Norris spoke on Friday.\n\n"Not us, but we cannot argue with it!" Norris, the head of the Better Towns fund, tweeted on Friday with a photo of the planes.');
    assert.deepStrictEqual(got, [['direct', 'Not us, but we cannot argue with it!', 'Mike Norris']]);
  });

  test('a hearer of several words closes the sentence after a postposed cue', () => {
    const got = body('Ann Ruiz spoke in the morning.\n\n"How do you control these banks?" Ruiz said to a crowd of about 500.');
    assert.deepStrictEqual(got, [['direct', 'How do you control these banks?', 'Ann Ruiz']]);
  });

  test('a single closer mistyped for the double one after a stop ends the quotation', () => {
    const got = body('Amy Holt spoke.\n\nHolt tweeted: “Let’s go. We can win.’ Holt was at the rally on Tuesday. She became famous after her film, “Trainwreck.”');
    assert.deepStrictEqual(got, [['direct', 'Let’s go. We can win.', 'Amy Holt']]);
    // A single quotation opened inside keeps its closer.
    assert.deepStrictEqual(body('Amy Holt spoke.\n\nHolt said: “He told me ‘Go home.’ Then he left.”').map((f) => f[1]), ['He told me ‘Go home.’ Then he left.']);
  });

  test('a past form right after a quoted name with no source after it modifies the name', () => {
    const got = body('Ann Holt spoke.\n\nDuring an interview for "Dateline Tonight" broadcast on Wednesday, Holt stated that she had seen the files.');
    assert.deepStrictEqual(got, [['indirect', 'she had seen the files', 'Ann Holt']]);
  });

  test('a participle joined by "and" to one with its own subject after "with" shares that subject', () => {
    const got = body('Ann Holt spoke.\n\nRepublicans were quick to react, with Tom Baird tweeting that it was a "disaster" for Holt and asking, "How can someone with such bad judgement be our next mayor?"');
    assert.deepStrictEqual(got, [
      ['mixed', 'disaster', 'Tom Baird'],
      ['direct', 'How can someone with such bad judgement be our next mayor?', 'Tom Baird'],
    ]);
  });

  test('"appeals to" with nothing asked after the hearer is no appeal', () => {
    const got = body('Ann Holt spoke.\n\nSenator Tom Baird says the movement that is boosting candidates including Holt appeals to the "bad angels" of human nature.');
    assert.deepStrictEqual(got.filter((f) => f[0] === 'mixed'), [['mixed', 'bad angels', 'Tom Baird']]);
    assert.deepStrictEqual(body('The mayor appealed to residents to stay home.'), [['indirect', 'to stay home', 'The mayor']]);
  });

  test('the second verb of a relative clause after "and" has the relative\'s antecedent as subject', () => {
    const got = body('Ann Holt spoke.\n\nHolt "was handled so lightly there is not much you can do," said a former official who oversaw inquiries and described the case as "a lesser set of circumstances."');
    assert.deepStrictEqual(got.map((f) => f[2]), ['a former official', 'a former official']);
  });

  test('a dash and a determined noun after a quotation inside its sentence explain it; they sign no quotation', () => {
    const got = body('Tom Beck spoke.\n\nHe has also called the senator "the next George Washington" – the Founding Father whom Beck admires most.');
    assert.deepStrictEqual(got, [['mixed', 'the next George Washington', 'Tom Beck']]);
    assert.deepStrictEqual(body('Tom Beck spoke.\n\n"We will never give up." – a protester outside the hall'), [['direct', 'We will never give up.', 'a protester']]);
  });
});
