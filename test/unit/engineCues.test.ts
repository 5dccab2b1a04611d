// Cues: the communication-verb lexicon in every inflection, multiword cues, and the uses that are not cues.
import * as assert from 'assert';
import { analyze } from '../../src/core';

const statementsOf = (text: string) => analyze(`Headline\n\n${text}`).statements.map((s) => [s.kind, s.text, s.cue?.text ?? null]);

suite('engine: cues', () => {
  const indirect: Array<[string, string, string]> = [
    ['Smith says the plan failed.', 'says', 'the plan failed'],
    ['Smith said that the plan failed.', 'said', 'the plan failed'],
    ['Smith has said the plan failed.', 'has said', 'the plan failed'],
    ['Smith also has suggested the plan failed.', 'also has suggested', 'the plan failed'],
    ['Smith denied the plan failed.', 'denied', 'the plan failed'],
    ['Smith cautioned that the plan failed.', 'cautioned', 'the plan failed'],
    ['Smith told reporters the plan failed.', 'told reporters', 'the plan failed'],
    ['Smith told the BBC that the plan failed.', 'told', 'the plan failed'],
    ['Smith said in a statement that the plan failed.', 'said in a statement', 'the plan failed'],
    ['Smith stated to LA Weekly that the plan failed.', 'stated', 'the plan failed'],
    ['Smith expressed hope that the plan would work.', 'expressed hope', 'the plan would work'],
    ['The leaders expressed a shared desire to discuss the plan.', 'expressed a shared desire', 'to discuss the plan'],
    ['Smith urged the government to drop the plan.', 'urged', 'to drop the plan'],
    ['Smith agreed in principle that the plan failed.', 'agreed', 'the plan failed'],
    ['Smith declined to answer, saying only that the plan failed.', 'saying only', 'the plan failed'],
    ['According to Smith, the plan failed.', 'According to', 'the plan failed'],
    ['The plan failed, according to Smith.', 'according to', 'The plan failed'],
    ['What the agency has described as a new framework began.', 'has described as', 'a new framework began'],
    ['Almost half of the children are deficient, researchers say.', 'say', 'Almost half of the children are deficient'],
    ['This year the city expects six million visitors according to the event website.', 'according to', 'This year the city expects six million visitors'],
    ['According to the team\'s coach, Alireza Mehraban, the robot scored two points.', 'According to', 'the robot scored two points'],
    ['Smith asked officials how the papers wound up on the street.', 'asked', 'how the papers wound up on the street'],
    ['Smith said the man, who was 45, had been arrested.', 'said', 'the man, who was 45, had been arrested'],
    ['Smith said that, as the parents came from India, they were innocent.', 'said', 'as the parents came from India, they were innocent'],
    ['Police said the suspect, a 32-year-old man, was arrested.', 'said', 'the suspect, a 32-year-old man, was arrested'],
    ['The company said in a statement on Monday that profits rose.', 'said in a statement', 'profits rose'],
  ];
  for (const [text, cue, content] of indirect) {
    test(`indirect: ${text}`, () => assert.deepStrictEqual(statementsOf(text), [['indirect', content, cue]]));
  }

  const none = [
    'Moscow fears a new arms race.',
    'Smith wants a new accord.',
    'Officials have not said why the plan failed.',
    'The report was published on Monday.',
    'No injuries were reported in the attack.',
    'Smith confirmed the locations that would be given the orbiters.',
    'Recent reports have more detail.',
    'He wrote a blog post about it.',
    'Results of the studies, published in a paper by Heagle, show damage.',
  ];
  for (const text of none) {
    test(`not a statement: ${text}`, () => assert.deepStrictEqual(statementsOf(text), []));
  }

  test('a cue is never inside a quotation', () => {
    const a = analyze('Headline\n\n"He said we would win," Smith told reporters.');
    assert.deepStrictEqual(a.statements.map((s) => [s.text, s.cue?.text]), [['He said we would win,', 'told reporters']]);
  });
});
