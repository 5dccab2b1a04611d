// Words that are verbs of speech in one place and something else in another: "state" in "the state governor",
// "added on" of stoppage time. Every sentence here is written for the test (none is taken from the annotated
// articles).
import * as assert from 'assert';
import { analyzeBody, found, speakerOf } from './engineFound';

suite('engine: verb forms used as other words', () => {
  test('"The state governor, Ana Ruiz," names Ruiz: "state" after "the" modifies "governor"', () => {
    assert.strictEqual(speakerOf('The state governor, Ana Ruiz, said the dam would hold.', 'the dam would hold'), 'Ana Ruiz');
  });

  test('"the state news agency" is one source phrase', () => {
    assert.strictEqual(speakerOf('The state news agency said the dam would hold.', 'the dam would hold'), 'The state news agency');
  });

  test('a verb form after "the" that heads its phrase before "of" is left alone ("the request of …")', () => {
    // No source phrase "The request of the towns results …" for the participle "asking".
    const text = 'The request of the towns results from a ruling in May upholding the request of the city asking farmers to pay the levy.';
    assert.ok(!found(analyzeBody(text)).some(([, , speaker]) => /results/.test(speaker ?? '')));
  });

  test('"added on" as a particle with nothing after it is no speech ("time added on")', () => {
    assert.deepStrictEqual(found(analyzeBody('In the four minutes of stoppage time added on, a header from Ruiz hit the bar and the visitors held on.')), []);
  });

  test('"added on Monday that …" is still speech', () => {
    assert.strictEqual(speakerOf('Coach Ana Ruiz added on Monday that the team would appeal.', 'the team would appeal'), 'Ana Ruiz');
  });
});

suite('engine: participles inside an opening prepositional phrase', () => {
  test('"On the plan promised to voters, X said": the object of the opening preposition is no source', () => {
    assert.deepStrictEqual(found(analyzeBody('On the tax cuts promised before the election to every household, Finance Minister Ola Berg said: "We will keep our word."')).map(([kind, , speaker]) => [kind, speaker]), [['direct', 'Ola Berg']]);
  });

  test('"With one plant declared safe X said": the subject after the phrase speaks', () => {
    assert.strictEqual(speakerOf('With one reactor declared safe as of Monday the utility also said power could be restored soon.', 'power could be restored'), 'the utility');
  });

  test('a sentence opening with its subject still has one ("Officials promised …")', () => {
    assert.strictEqual(speakerOf('Officials promised on Monday that power would be restored.', 'power would be restored'), 'Officials');
  });
});

suite('engine: two offices of one person', () => {
  test('"the deputy prime minister and head of the committee" is one person, named by the apposition', () => {
    assert.strictEqual(speakerOf('The deputy prime minister and head of the sports committee, Ivan Petrov, told reporters the games would go ahead.', 'the games would go ahead'), 'Ivan Petrov');
  });

  test('"the mayor and chief of police" are two: a compound title is no second office', () => {
    assert.strictEqual(speakerOf('The mayor and chief of police said the roads were closed.', 'the roads were closed'), 'The mayor; chief of police');
  });

  test('"the mayor and the head of the council" are two', () => {
    assert.strictEqual(speakerOf('The mayor and the head of the regional council said the roads were closed.', 'the roads were closed'), 'The mayor; the head of the regional council');
  });
});

suite('engine: offices named by their portfolio', () => {
  test('"The Minister of Foreign Affairs said": the office speaks, not a person called "Affairs"', () => {
    assert.strictEqual(speakerOf('The Minister of Foreign Affairs said the embassy would reopen in May.', 'the embassy would reopen'), 'The Minister of Foreign Affairs');
  });

  test('"Secretary of State Mike Pompeo" keeps the person after the office', () => {
    assert.strictEqual(speakerOf('Secretary of State Karen Holt said the embassy would reopen in May.', 'the embassy would reopen'), 'Karen Holt');
  });

  test('a known given name before "for" opens a person: "Maria Lopez for Coastal Rescue Services"', () => {
    assert.strictEqual(speakerOf('Maria Lopez for Coastal Rescue Services, says two boats are still missing.', 'two boats are still missing'), 'Maria Lopez');
  });
});

suite('engine: party and state tags', () => {
  test('"Rep. Ann Lee (D-Calif.) said": the dot of a hyphenated state abbreviation ends no sentence', () => {
    assert.strictEqual(speakerOf('Rep. Ann Lee (D-Calif.) said the bill would pass.', 'the bill would pass'), 'Ann Lee');
  });
});
