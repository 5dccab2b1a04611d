// Speaker choice in exchanges, linking back and cataphora (probe battery p13). Every sentence here is written
// for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { speakerOf } from './engineFound';

suite('engine: speakers in exchanges', () => {
  test('the answer after a question is spoken by the one the question was put to', () => {
    const text = '"Is the dam safe?" a caller asked the engineer. "Completely," he said.';
    assert.match(speakerOf(text, 'Completely') ?? '', /engineer/i);
  });

  test('the answer after reported asking goes to the named person asked', () => {
    const text = 'A student asked Marit Olsen whether the lab would close. "Not this year," she replied.';
    assert.strictEqual(speakerOf(text, 'Not this year'), 'Marit Olsen');
  });

  test('the asker keeps the question', () => {
    const text = '"Is the dam safe?" a caller asked the engineer. "Completely," he said.';
    assert.match(speakerOf(text, 'Is the dam safe') ?? '', /caller/i);
  });

  test('"another" alone before or after a cue is a second source, not the first one again', () => {
    const text = '"The ferry is late again," one commuter said. "It always is," said another. Several riders said the timetable was fiction. Another said the fares were too high.';
    assert.match(speakerOf(text, 'It always is') ?? '', /^another$/i);
    // After a group ("Several riders"), "another" is named as one more of its members (groupMember.ts).
    assert.strictEqual(speakerOf(text, 'the fares were too high'), 'another rider');
  });

  test('"a second" alone after an inverted cue is a further source', () => {
    const text = '"The pier is rotten," said one angler. "Nobody fixes it," said a second.';
    assert.match(speakerOf(text, 'Nobody fixes it') ?? '', /^a second$/i);
  });

  test('"another" before a noun is still a determiner', () => {
    const text = 'Ada Pell left early. "It was a long day," she said. Another week passed.';
    assert.strictEqual(speakerOf(text, 'It was a long day'), 'Ada Pell');
  });

  test('a pronoun with no one before it stands for the person named later in its sentence', () => {
    const text = 'In what he called "a fresh start", Brodie Kellam sold the family farm.';
    assert.strictEqual(speakerOf(text, 'a fresh start'), 'Brodie Kellam');
    const later = '"The books are closed," she said as Nell Aranda left the hall.';
    assert.strictEqual(speakerOf(later, 'The books are closed'), 'Nell Aranda');
  });

  test('a pronoun with someone before it keeps that antecedent', () => {
    const text = 'Ines Farrow chaired the meeting. "The books are closed," she said as Nell Aranda left the hall.';
    assert.strictEqual(speakerOf(text, 'The books are closed'), 'Ines Farrow');
  });

  test('a shop name ending in "\'s" speaks before "said" or "told"', () => {
    assert.strictEqual(speakerOf("Ferrow's said it would shut three bakeries.", 'it would shut three bakeries'), "Ferrow's");
    assert.strictEqual(speakerOf('"Trading was brisk," Ferrow\'s said on Monday.', 'Trading was brisk'), "Ferrow's");
  });

  test('a possessive before another past form is still a possessive', () => {
    const text = "The council's stated aim was to cut traffic. Its leader said the aim was met.";
    assert.strictEqual(speakerOf(text, 'cut traffic'), undefined);
  });

  test('a time adverb opening the sentence is no part of the name after it', () => {
    const text = 'Maren Stoltz spoke first. Afterwards Stoltz said the budget would hold.';
    assert.strictEqual(speakerOf(text, 'the budget would hold'), 'Maren Stoltz');
  });

  test('a plural possessor of a document speaks for it, like one with "\'s"', () => {
    const text = "Tarrow Mills' annual report said orders had slowed.";
    assert.strictEqual(speakerOf(text, 'orders had slowed'), 'Tarrow Mills');
  });
});
