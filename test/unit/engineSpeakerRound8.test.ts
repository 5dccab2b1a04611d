// Speaker choice, round 8 (error classes of the dev10–dev17 articles). Every sentence here is written for
// the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { speakerOf } from './engineFound';

suite('engine: speaker choice, round 8', () => {
  test('a participle after a target verb\'s object speaks for the subject, not the object', () => {
    const text = 'Twelve senior doctors, including Ana Costa, criticized the hospital board in a joint statement, demanding an end to "reckless cuts".';
    assert.match(speakerOf(text, 'reckless cuts') ?? '', /doctors/i);
  });

  test('an inverted speech verb still hands its source to the participle after it', () => {
    const text = 'The ward will close by spring, said union leader Ana Costa, adding that "nobody was consulted".';
    assert.strictEqual(speakerOf(text, 'nobody was consulted'), 'Ana Costa');
  });

  test('"only" between an auxiliary and the verb stays in the cue, so the source before it is found', () => {
    const text = 'The minister said talks had begun. Harbor Freight Lines, which is owned by the state, would only say it is "working toward a swift release."';
    assert.strictEqual(speakerOf(text, 'working toward a swift'), 'Harbor Freight Lines');
  });

  test('"only" opening the source is no part of the cue', () => {
    const text = 'The survey was published on Monday. Only two of the nurses said the new rota was "workable at best".';
    assert.match(speakerOf(text, 'workable at best') ?? '', /nurses/i);
  });

  test('a participle right after someone\'s remarks speaks for the one who made them', () => {
    const text = 'The summit ended on Tuesday. Delegates reacted differently, from praise by the host to Deputy Envoy Lina Marsh\'s remarks calling the drought "a looming catastrophe".';
    assert.strictEqual(speakerOf(text, 'a looming catastrophe'), 'Lina Marsh');
  });

  test('after a comma the participle keeps the clause\'s subject, not the possessor of the remarks', () => {
    const text = 'The summit ended on Tuesday. Governor Tomas Reyes replied to Lina Marsh\'s remarks, calling the drought "a passing dry spell".';
    assert.strictEqual(speakerOf(text, 'a passing dry spell'), 'Tomas Reyes');
  });

  test('"the other …" after a name is its apposition even without the closing comma', () => {
    const text = 'The report was leaked on Monday. Maria Chen, the other former adviser also stated, "the budget was never the real issue."';
    assert.strictEqual(speakerOf(text, 'the budget was never'), 'Maria Chen');
  });

  test('a counted phrase after a possessive object stays the object\'s own source', () => {
    const text = 'The report was leaked on Monday. Maria Chen thanked her two deputies, who said the budget "was never the real issue."';
    assert.match(speakerOf(text, 'was never the real issue') ?? '', /deputies/);
  });

  test('"the accused" before a name is part of the source phrase after a postposed cue', () => {
    const text = 'The verdict came on Friday. "The term is far too long," said counsel for the accused Peter Okafor.';
    assert.strictEqual(speakerOf(text, 'The term is far too long'), 'Peter Okafor');
  });

  test('a past verb after a relative pronoun still ends the source phrase', () => {
    const text = 'The verdict came on Friday. "The term is far too long," said the lawyer who represented Peter Okafor.';
    assert.notStrictEqual(speakerOf(text, 'The term is far too long'), 'Peter Okafor');
  });

  test('a participle phrase describing a fronted phrase is skipped on the way to the subject', () => {
    const text = 'At the dinner, held at the Grand Hotel in Lyon, Okafor thanked the mayor for coming to visit and praised her for her "steady hand in hard times."';
    assert.strictEqual(speakerOf(text, 'steady hand in hard times'), 'Okafor');
  });

  test('a participle phrase after the subject leaves the subject in place', () => {
    const text = 'At the dinner, Okafor thanked the mayor, held in high regard by all, and praised her for her "steady hand in hard times."';
    assert.strictEqual(speakerOf(text, 'steady hand in hard times'), 'Okafor');
  });

  test('after "from … and" only the conjunct after "and" is the subject of the cue', () => {
    const text = 'The regulator was accused of ignoring warnings from farmers and one grower said his "trust in the agency is gone".';
    assert.strictEqual(speakerOf(text, 'trust in the agency is gone'), 'one grower');
  });

  test('a head noun before "from" keeps the whole coordinated phrase', () => {
    const text = 'Officials from Acme and Beta Corp said the merger was "a done deal".';
    assert.match(speakerOf(text, 'a done deal') ?? '', /Acme/);
  });

  test('a participle after a speaking relative clause goes on with the relative\'s speaker', () => {
    const text = 'In May, the envoy discussed the crisis with Queen Lena of Vestria, who argued for sanctions; stating: "Delay only helps them."';
    assert.match(speakerOf(text, 'Delay only helps them') ?? '', /Lena/);
  });

  test('a participle after a relative clause that reports no speech keeps the sentence subject', () => {
    const text = 'In May, the envoy met Queen Lena of Vestria, who was visiting the capital, saying: "Delay only helps them."';
    assert.strictEqual(speakerOf(text, 'Delay only helps them'), 'the envoy');
  });

  test('a sentence opened by "Says X," introduces the quotation after it, not the one before', () => {
    const text = 'Ruiz added that the mayor "cannot hide from this." "Bus drivers, nurses and teachers have all made it clear that the plant will not stand alone." Says one plant worker, "We will defend it with our lives."';
    assert.notStrictEqual(speakerOf(text, 'Bus drivers, nurses'), 'one plant worker');
    assert.strictEqual(speakerOf(text, 'We will defend it'), 'one plant worker');
  });

  test('a lowercase "says X," inside the sentence still speaks for the quotation before it', () => {
    const text = 'Ruiz added that the mayor "cannot hide from this." "The plant will not stand alone," says one plant worker, "and we will defend it with our lives."';
    assert.strictEqual(speakerOf(text, 'The plant will not stand alone'), 'one plant worker');
  });

  test('a name after a dash that opens a new clause is no signature of the quotation', () => {
    const text = 'The farmer testified that he and his son had helped free three officials, who he identified as "Omar Dade, Rafiq Noor and General Sami." -- Omar Dade is now the Minister of Water.';
    assert.notStrictEqual(speakerOf(text, 'Rafiq Noor'), 'Omar Dade');
  });

  test('a name after a dash with only its description signs the quotation', () => {
    const text = 'Critics were unimpressed. "The plan is a fantasy." -- Omar Dade, former minister of water.';
    assert.strictEqual(speakerOf(text, 'The plan is a fantasy'), 'Omar Dade');
  });

  test('a quoted label inside an opening name\'s apposition does not hide the name', () => {
    const text = 'Celebrating the result, Maria Chen, leader of the campaign, addressing "Yes" campaign volunteers said "You have done it."';
    assert.strictEqual(speakerOf(text, 'You have done it'), 'Maria Chen');
  });

  test('a quoted label in a plain subject leaves that subject the source', () => {
    const text = 'The count ended at midnight. The "Yes" campaign volunteers said "We have done it."';
    assert.match(speakerOf(text, 'We have done it') ?? '', /volunteers/);
  });
});
