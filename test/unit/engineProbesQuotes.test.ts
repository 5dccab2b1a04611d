// Direct and mixed quotations and their speakers, from a battery of probe sentences written for the test (common
// attribution constructions of news prose; none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, found, speakerOf } from './engineFound';

suite('engine: probes of quotations and their speakers', () => {
  test('"the 45-year-old" refers back to the last person named', () => {
    const text = 'Tom Reilly won the race in record time. "I still can\'t believe it," the 45-year-old said.';
    assert.strictEqual(speakerOf(text, 'still can\'t believe'), 'Tom Reilly');
  });

  test('an age description prefers the person given that age over a later one', () => {
    const text = 'Jan Dekker, a 70-year-old pensioner, was robbed by Mark Olsen on Monday. "I am not afraid," the 70-year-old said.';
    assert.strictEqual(speakerOf(text, 'not afraid'), 'Jan Dekker');
  });

  test('an age description with a complement, or of the other gender, introduces its own source', () => {
    const text = 'Tom Reilly won the race. "We found nothing," said the 40-year-old head of the search team.';
    assert.notStrictEqual(speakerOf(text, 'We found nothing'), 'Tom Reilly');
    const other = 'Tom Reilly won the race. "We found nothing," the 30-year-old mother said.';
    assert.notStrictEqual(speakerOf(other, 'We found nothing'), 'Tom Reilly');
  });

  test('"the former" and "the latter" take the first and second of a pair', () => {
    const text = 'Anna Berg and Peter Holm met on Monday. "It was a good meeting," the former said. "It was a waste of time," the latter said.';
    assert.strictEqual(speakerOf(text, 'good meeting'), 'Anna Berg');
    assert.strictEqual(speakerOf(text, 'waste of time'), 'Peter Holm');
  });

  test('"the latter" after two people named in turn is the second', () => {
    const text = 'Eva Roth spoke after Luis Mora. "I agree with everything," the latter said.';
    assert.strictEqual(speakerOf(text, 'agree with everything'), 'Luis Mora');
  });

  test('"the former" before a noun is an adjective, not a back reference', () => {
    const text = 'Anna Berg and Peter Holm met on Monday. "The plan is sound," the former mayor said.';
    assert.match(speakerOf(text, 'plan is sound') ?? '', /former mayor/);
  });

  test('"the pair" refers back to a joint source', () => {
    const text = 'Ruiz and Cole met on Monday. "We agree on the basics," the pair said.';
    assert.match(speakerOf(text, 'agree on the basics') ?? '', /Ruiz/);
  });

  test('an abbreviated title is the role a later description names ("Gov." … "the governor")', () => {
    const text = 'Gov. Helen Park signed the bill on Friday. "This is a great day for our state," the governor said.';
    assert.strictEqual(speakerOf(text, 'great day'), 'Helen Park');
  });

  test('an abbreviated title does not match a different role', () => {
    const text = 'Sen. Ray Cole voted against the bill. "It costs too much," the governor said.';
    assert.notStrictEqual(speakerOf(text, 'costs too much'), 'Ray Cole');
  });

  test('"As X put it" introduces X\'s words', () => {
    const text = 'The harvest failed again. As one farmer put it, "The rain never came."';
    assert.match(speakerOf(text, 'rain never came') ?? '', /farmer/);
  });

  test('"put it" without "as" is no cue', () => {
    const found = speakerOf('Ruiz put it on the table. "The rain never came."', 'rain never came');
    assert.notStrictEqual(found, 'Ruiz');
  });

  test('a naming participle after a noun and comma names a thing ("The storm, dubbed "…",")', () => {
    const a = analyzeBody('The storm, dubbed "the Beast from the East," closed schools across the region.');
    assert.ok(!found(a).some(([kind, t]) => kind !== 'indirect' && t.includes('Beast from the East')));
    const b = analyzeBody('Her latest project, called "Green Roofs for All," was launched on Monday.');
    assert.ok(!found(b).some(([kind, t]) => kind !== 'indirect' && t.includes('Green Roofs')));
  });

  test('a naming verb after a subject and comma stays a cue ("Critics, however, dubbed …")', () => {
    const text = 'The plan was unveiled on Monday. Critics, however, dubbed the plan "a fantasy."';
    assert.match(speakerOf(text, 'a fantasy') ?? '', /Critics/);
  });

  test('after "!" or "?" the reporting clause may end with an adjunct', () => {
    assert.strictEqual(speakerOf('"This is a great day!" Ruiz wrote on Facebook.', 'great day'), 'Ruiz');
    assert.strictEqual(speakerOf('"Where is the money?" Ruiz asked at a news conference on Monday.', 'Where is the money'), 'Ruiz');
  });

  test('a new sentence with content of its own after "!" is not the attribution', () => {
    assert.strictEqual(speakerOf('"We found him!" Police said on Monday that the boy was safe.', 'We found him'), null);
  });

  test('a name in apposition to a partitive source is the speaker ("one of the survivors, Jan Dekker")', () => {
    const text = 'The ferry sank on Monday. "The water was up to my neck," said one of the survivors, Jan Dekker.';
    assert.strictEqual(speakerOf(text, 'up to my neck'), 'Jan Dekker');
  });

  test('a partitive without a name stays the speaker', () => {
    const text = 'The ferry sank on Monday. "The water was up to my neck," said one of the survivors.';
    assert.match(speakerOf(text, 'up to my neck') ?? '', /one of the survivors/);
  });

  test('a lowercase quotation after a naming verb and its object is a mixed verdict, not a title', () => {
    const a = analyzeBody('The audit was published on Monday. Lind called the report "a whitewash."');
    assert.deepStrictEqual(found(a).filter((f) => f[1].includes('whitewash')), [['mixed', 'a whitewash.', 'Lind']]);
    assert.strictEqual(speakerOf('Critics called the film "lazy and cynical."', 'lazy and cynical'), 'Critics');
  });

  test('a title-case quotation after such a noun stays a title', () => {
    const a = analyzeBody('Ruiz called the film "The Long Night" her best work.');
    assert.ok(!found(a).some(([kind, t]) => kind !== 'indirect' && t.includes('The Long Night')));
    const b = analyzeBody('Ruiz praised the novel "Winter Light" on Monday.');
    assert.strictEqual(b.quotes.find((q) => q.text.includes('Winter Light'))?.role, 'title');
  });

  test('a slogan on a sign, banner or T-shirt is no statement, nor are the slogans listed after it', () => {
    for (const text of [
      'Protesters carried signs reading "Hands off our hospital."',
      'One banner read "No more war."',
      'Fans wore T-shirts saying "Bring him home."',
    ]) assert.deepStrictEqual(found(analyzeBody(text)).filter((f) => f[0] !== 'indirect'), [], text);
    const list = analyzeBody('Marchers carried signs reading "Save our seas", "No more plastic" and "Act now or never".');
    assert.deepStrictEqual(found(list), []);
  });

  test('a document that reads still speaks, and quotations listed after a speech verb stay statements', () => {
    assert.match(speakerOf('The statement read: "We are saddened by the news."', 'saddened') ?? '', /statement/);
    assert.strictEqual(speakerOf('The minister said: "We will act." Critics said, "Too little", and "Too late."', 'Too late'), 'Critics');
  });

  test('an indefinite organisation noun in apposition describes the name before it ("the group" refers back)', () => {
    const text = 'Green Earth Watch, an environmental group, sued the state. "The permit is illegal," the group said.';
    assert.strictEqual(speakerOf(text, 'permit is illegal'), 'Green Earth Watch');
  });

  test('a person\'s name keeps a role noun in apposition that is no organisation', () => {
    const text = 'Carla Mendes, a teacher, joined the strike. "We cannot teach in these conditions," the teacher said.';
    assert.strictEqual(speakerOf(text, 'cannot teach'), 'Carla Mendes');
  });

  test('"it" may refer back to a two-word name with no first name, title or role', () => {
    const text = 'Orbital Foods fired its chief executive, Dana Frost, on Monday. "The board has lost confidence," it said.';
    assert.strictEqual(speakerOf(text, 'lost confidence'), 'Orbital Foods');
  });

  test('"it" prefers an organisation to such a name', () => {
    const text = 'Oba Adeyemi met the Central Bank of Nigeria on Monday. "Rates will stay high," it said.';
    assert.strictEqual(speakerOf(text, 'Rates will stay high'), 'Central Bank of Nigeria');
  });

  test('a name after "a spokesman for the airline," is the spokesman, for later pronouns and descriptions', () => {
    const text = 'A spokesman for the airline, Ben Ortiz, confirmed the delay. "Safety is our priority," he said.';
    assert.strictEqual(speakerOf(text, 'Safety is our priority'), 'Ben Ortiz');
    const mother = 'The mother of the victim, Carla Mendes, spoke outside court. "I want justice," the mother said.';
    assert.strictEqual(speakerOf(mother, 'want justice'), 'Carla Mendes');
  });

  test('without a name in apposition the role phrase stays the source', () => {
    const text = 'A spokesman for the airline confirmed the delay. "Safety is our priority," he said.';
    assert.match(speakerOf(text, 'Safety is our priority') ?? '', /spokesman/);
  });

  test('an organisation word with its complement keeps the title-like word before it ("the National Union of Miners")', () => {
    assert.strictEqual(speakerOf('"The strike is legal," said the National Union of Miners.', 'strike is legal'), 'National Union of Miners');
    assert.strictEqual(speakerOf('"Rates will rise," said Governor of the Bank of England Mark Carney.', 'Rates will rise'), 'Mark Carney');
  });

  test('an acronym in brackets may stand between a postposed source and its verb', () => {
    assert.strictEqual(speakerOf('"The strike is legal," the National Union of Miners (NUM) said.', 'strike is legal'), 'National Union of Miners');
  });

  test('lowercase particles inside a name keep the family name ("Ursula von der Leyen", later "von der Leyen")', () => {
    assert.strictEqual(speakerOf('"The vote is final," said Jan van den Berg, the chairman.', 'vote is final'), 'Jan van den Berg');
    const text = 'Ursula von der Leyen spoke in Brussels. "Europe is united," von der Leyen said.';
    assert.strictEqual(speakerOf(text, 'Europe is united'), 'Ursula von der Leyen');
  });

  test('a particle-like word between a name and a lowercase word stays outside the name', () => {
    assert.strictEqual(speakerOf('"The vote is final," said Ana Ruiz de facto leader of the group.', 'vote is final'), 'Ana Ruiz');
  });

  test('family nouns such as "widow" are roles a name in apposition describes', () => {
    assert.strictEqual(speakerOf('"He was a good man," his widow, Mira Stan, said.', 'good man'), 'Mira Stan');
  });

  test('a postposed reporting clause may open with "as" ("…," as one farmer put it.)', () => {
    assert.match(speakerOf('"The rain never came," as one farmer put it.', 'rain never came') ?? '', /farmer/);
    assert.strictEqual(speakerOf('"The rain never came," as Ruiz said on Monday.', 'rain never came'), 'Ruiz');
  });

  test('"as" opening anything but a closing reporting clause attributes nothing', () => {
    assert.strictEqual(speakerOf('"The rain never came," as Ruiz said the harvest would fail.', 'rain never came'), null);
  });
});
