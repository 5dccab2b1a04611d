// Quotations found and classed (eighth session): headline quotations the body quotes again, quoted fragments
// inside a reported clause, quoted predicates running on from a report, embedded wording of laws and names,
// slogans on signs, and the unmarked block quotation after "the following morning:". Every sentence is
// written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { analyzeBody, found } from './engineFound';

const body = (text: string) => found(analyzeBody(text));
/** An article with its own headline line. */
const article = (headline: string, text: string) => found(analyze(`${headline}\n\n${text}\n`));

suite('engine: quotations (eighth session)', () => {
  test('a headline quotation the body quotes again is the body source\'s statement', () => {
    const got = article('Coach \'ready to fight\' for his job', 'Coach Lars Ibsen said on Sunday: "I am ready to fight for this job and for these players."');
    assert.deepStrictEqual(got[0], ['mixed', 'ready to fight', 'Lars Ibsen']);
    const whole = article('Minister: \'We will not back down\'', 'Finance Minister Ruth Okafor spoke in Abuja. "We will not back down on the budget," Okafor said.');
    assert.deepStrictEqual(whole[0], ['direct', 'We will not back down', 'Ruth Okafor']);
  });

  test('a headline scare quote, or an epithet after a name, stays no statement', () => {
    const scare = article('Farmers stage \'green\' protest in Leeds', 'Farmers drove tractors through Leeds. "We want a green future and a fair price," said organiser Amy Stone.');
    assert.deepStrictEqual(scare.map((f) => f[1]), ['We want a green future and a fair price,']);
    const epithet = article('Singer Mara Quinn, \'voice of a generation\', dies at 80', 'Mara Quinn died on Monday. "She was the voice of a generation," said her manager Paul Reed.');
    assert.deepStrictEqual(epithet.map((f) => f[1]), ['She was the voice of a generation,']);
  });

  test('a quoted fragment inside a reported clause is a mixed statement', () => {
    assert.deepStrictEqual(body('The minister\'s condition is "stable" after surgery, according to hospital director Ana Ruiz.'), [['mixed', 'stable', 'Ana Ruiz']]);
    assert.deepStrictEqual(body('According to the hospital, the patient\'s condition is "critical but stable".'), [['mixed', 'critical but stable', 'the hospital']]);
    // A title inside the clause leaves the indirect statement.
    assert.deepStrictEqual(body('The coach said the "Golden Boot" award was his goal this season.').map((f) => f[0]), ['indirect']);
  });

  test('a quoted predicate after a report continues its source', () => {
    assert.deepStrictEqual(body('Coach Lars Ibsen said the team was tired. The players were "running on empty".'), [['indirect', 'the team was tired', 'Lars Ibsen'], ['mixed', 'running on empty', 'Lars Ibsen']]);
    assert.deepStrictEqual(body('Doctor Ana Ruiz told the radio the virus spreads fast. Therefore, "it could reach the capital within weeks."')[1], ['mixed', 'it could reach the capital within weeks.', 'Ana Ruiz']);
  });

  test('no report before, or a noun phrase, gives no floating fragment', () => {
    assert.deepStrictEqual(body('The bridge closed on Monday. Repairs would be "long and costly".'), []);
    assert.deepStrictEqual(body('Mayor Tom Hale said the bridge was unsafe. The city has a "rainy day" fund.'), [['indirect', 'the bridge was unsafe', 'Tom Hale']]);
  });

  test('wording embedded after a verb or preposition is no floating quotation', () => {
    assert.deepStrictEqual(body('The treaty bans "the use of force against any member state in any circumstances".'), []);
    assert.deepStrictEqual(body('The club was fined under a rule forbidding "conduct likely to bring the game into disrepute in any form".'), []);
    // A quoted predicate (a finite auxiliary first) is still the source's words.
    assert.strictEqual(body('Police spokesman Tim Webb said officers found the car. The driver "had been drinking heavily before the crash and fled on foot".').length, 2);
  });

  test('a capitalised name after a determiner is no statement, whatever follows', () => {
    assert.deepStrictEqual(body('A "Fair Europe" promised by the founders never came.'), []);
  });

  test('slogans on signs with a place between the sign and its verb', () => {
    assert.deepStrictEqual(body('A plane towed a banner over the beach reading, "Go home, Mr Mayor".'), []);
    assert.deepStrictEqual(body('Signs included "Hands off our park" and "No more cuts", many held by students.'), []);
    assert.deepStrictEqual(body('Several banners at the march said "We will not be silent".'), []);
  });

  test('"the following morning:" introduces a block quotation, not a list', () => {
    const got = body('The club said in a statement the following morning:\n\nWe are deeply saddened by the loss of our captain. He will be missed by everyone.');
    assert.deepStrictEqual(got, [['direct', 'We are deeply saddened by the loss of our captain. He will be missed by everyone.', 'The club']]);
  });

  test('a capitalised verdict after "a"/"an" and a naming cue is the source\'s fragment', () => {
    assert.deepStrictEqual(body('Critics branded the senator a "Modern Nero" on Monday.'), [['mixed', 'Modern Nero', 'Critics']]);
    assert.deepStrictEqual(body('The union called the minister an "Enemy of Workers".'), [['mixed', 'Enemy of Workers', 'The union']]);
  });

  test('a plural possessive inside a single-quoted quotation does not close it', () => {
    assert.deepStrictEqual(body("'The players' union won't accept this,' said club chairman Rob Tate."), [['direct', "The players' union won't accept this,", 'Rob Tate']]);
    assert.deepStrictEqual(body("'We were poor,' said coach Lars Ibsen, 'but the fans' support was amazing.'")[1], ['direct', "but the fans' support was amazing.", 'Lars Ibsen']);
    // Two quoted terms keep their closers; a possessive-shaped mark last in the paragraph is no closer to wait for.
    assert.deepStrictEqual(body("Club chairman Rob Tate called the deal 'a scandal' and the owners' plan 'a disgrace'.").map((f) => f[1]), ['a scandal', 'a disgrace']);
    assert.deepStrictEqual(body("Police say 'drugs' were found in Jones' car.").map((f) => f[1]), ['drugs']);
  });

  test('a double-marked quotation nested in a double-marked one', () => {
    const got = body('The coach, Lars Ibsen, was blunt: "We were poor. I told them, "Keep your heads up," but they didn\'t."');
    assert.deepStrictEqual(got, [['direct', 'We were poor. I told them, "Keep your heads up," but they didn\'t.', 'Lars Ibsen']]);
    // One closer ahead: the first quotation is left unclosed, as before.
    assert.strictEqual(body('"We won, said coach Lars Ibsen. "It was great," he added.').length, 2);
  });

  test('capitalised words straight after a speech cue are what was said, not a title', () => {
    assert.deepStrictEqual(body('The general is reported to have said "Thanks be to God" as he left the court.'), [['direct', 'Thanks be to God', 'The general']]);
    // A slogan on banners "demanding" it is still no statement.
    assert.deepStrictEqual(body('Protesters gathered outside the court, waving banners demanding "Justice for Ana Ruiz".'), []);
  });

  test('a handle, and a capitalised name with the sentence stop inside its marks, are names', () => {
    assert.deepStrictEqual(body("The site suspended the account '@CityDesk', claiming it had posted private data.").map((f) => f[0]), ['indirect']);
    assert.deepStrictEqual(body('The Harbour Trust, in partnership with the council, is sponsoring "Swim Across the Bay."'), []);
  });

  test('banners that demanded or placards calling for a slogan', () => {
    assert.deepStrictEqual(body('Banners in the square demanded "Free elections now".'), []);
    assert.deepStrictEqual(body('Students carried placards calling for "Fair fees for all".'), []);
  });

  test('a headline quotation its own present-tense cue attributes to a named source', () => {
    assert.deepStrictEqual(article('Okafor calls budget cuts \'a betrayal\'', 'Finance Minister Ruth Okafor spoke on Monday in Abuja.'), [['mixed', 'a betrayal', 'Ruth Okafor']]);
    assert.deepStrictEqual(article('Study suggests \'forever chemicals\' spread in rivers', 'Researchers at Leeds University published the study on Monday.').map((f) => f[0]), ['indirect']);
  });

  test('a fragment sharing a sentence with an attributed fragment is the same source\'s', () => {
    const got = body('Ana Ruiz, whose son died in the fire, thought of the owner as "a reckless man" who "ignored every warning", adding that she wanted justice.');
    assert.deepStrictEqual(got.filter((f) => f[0] === 'mixed'), [['mixed', 'a reckless man', 'Ana Ruiz'], ['mixed', 'ignored every warning', 'Ana Ruiz']]);
  });

  test('a fragment after a quotation the sentence splitter cut keeps the cue before that quotation', () => {
    const got = body('Mayor Tom Hale was filmed saying: "The plan is dead. It will never come back," and that the council should "start again" next year.');
    assert.deepStrictEqual(got, [['direct', 'The plan is dead. It will never come back,', 'Tom Hale'], ['mixed', 'start again', 'Tom Hale']]);
  });

  test('a nested double-marked reply with one closer ends both quotations', () => {
    const got = body('Pastor Ben Holt recalled, "I called him brother once. He replied, "Don\'t call me that." Then he walked away.');
    assert.deepStrictEqual(got, [['direct', 'I called him brother once. He replied, "Don\'t call me that.', 'Ben Holt']]);
  });

  test('a law\'s own wording is a term, whoever reports on the law', () => {
    assert.deepStrictEqual(body('The ministry confirmed that police will enforce the law banning "acts of disrespect toward the flag" during the games.'), [['indirect', 'police will enforce the law banning "acts of disrespect toward the flag" during the games', 'The ministry']]);
    assert.deepStrictEqual(body('The council passed a bill concerning "the protection of trees in public parks and gardens".'), []);
  });
});
