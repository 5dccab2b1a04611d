// Probes of wire and newspaper copy (not Wikinews): datelines, bylines, furniture lines and the names around them.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { analyzeBody, found, reportedIn, speakerOf } from './engineFound';

suite('engine probes: news-copy structure', () => {
  test('a wire dateline with a date is not part of the first sentence', () => {
    const text = 'Talks Collapse\n\nGENEVA, June 4 (AFP) - Negotiators failed to agree on Friday, a UN spokeswoman said.\n';
    const a = analyze(text);
    assert.strictEqual(a.structure.dateline?.text, 'GENEVA, June 4 (AFP)');
    assert.deepStrictEqual(found(a), [['indirect', 'Negotiators failed to agree on Friday', 'a UN spokeswoman']]);
  });

  test('a dateline in ordinary case needs its agency; the statement starts after the dash', () => {
    const text = 'Hospital\n\nLondon (CNN) — A hospital was evacuated after a fire, a health official said.\n';
    assert.deepStrictEqual(found(analyze(text)), [['indirect', 'A hospital was evacuated after a fire', 'a health official']]);
  });

  test('must not fire: a capitalised opening word and a dash before lowercase text is no dateline', () => {
    const text = 'Launch\n\nNASA - the agency said the launch would slip, spokesman Al Burt said.\n';
    const a = analyze(text);
    assert.strictEqual(a.structure.dateline, null);
    assert.ok(found(a).some(([, t]) => t.startsWith('NASA - the agency')));
  });

  test('"the carmaker", "the drugmaker" refer back to a company whose name says its trade', () => {
    assert.strictEqual(speakerOf('Brightway Motors recalled 10,000 cars. The carmaker said no injuries had been reported.', 'no injuries'), 'Brightway Motors');
    assert.strictEqual(speakerOf('Corvane Pharmaceuticals raised prices. The drugmaker said costs had risen.', 'costs had risen'), 'Corvane Pharmaceuticals');
  });

  test('must not fire: "the carmaker" does not refer back to a person', () => {
    assert.notStrictEqual(speakerOf('Transport minister Ada Kerr criticised the recall. The carmaker said it acted quickly.', 'acted quickly'), 'Ada Kerr');
  });

  test('a surname that is also a cue adverb ("Long said") is the source, not part of the cue', () => {
    assert.strictEqual(speakerOf('Farmer Ed Long lost his crop. "It is gone," Long said.', 'It is gone'), 'Ed Long');
  });

  test('must not fire: "long" in lower case stays in the cue', () => {
    const a = analyzeBody('Farmer Ed Kent lost his crop. "It is gone," Kent has long said.');
    assert.strictEqual(a.statements[0]?.cue?.text, 'has long said');
  });

  test('a byline with a second line ("Associated Press") is furniture, and the dateline after it too', () => {
    const text = 'Flooding\n\nBy ANNA REYES and TOM BIRD\nAssociated Press\n\nMANILA, Philippines (AP) — Floods killed 12 people, disaster official Leo Cruz said Sunday.\n';
    const a = analyze(text);
    assert.strictEqual(a.structure.dateline?.text, 'By ANNA REYES and TOM BIRD\nAssociated Press');
    assert.deepStrictEqual(found(a), [['indirect', 'Floods killed 12 people', 'Leo Cruz']]);
  });

  test('must not fire: a two-line opening paragraph that does not start with "By" stays body text', () => {
    const text = 'Flooding\n\nFloods killed 12 people,\nofficial Leo Cruz said.\n\nMore rain is due.\n';
    assert.strictEqual(analyze(text).structure.dateline, null);
  });

  test('a family name written first ("Premier Ho Lin … Ho said") is the person named before', () => {
    assert.strictEqual(speakerOf('Premier Ho Lin met President Ana Ruiz in Lima on Monday.\n\nHo said the talks were friendly.', 'talks were friendly'), 'Ho Lin');
  });

  test('must not fire: a word opening a two-word name of no known person ("five Grammy Awards") stays apart', () => {
    assert.notStrictEqual(speakerOf('Tova Lind won five Grammy Awards on Sunday. Grammy said the show ran late.', 'show ran late'), 'Grammy Awards');
  });

  test('"hit", "cut", "spread" in the past make the words before a postposed source a clause', () => {
    assert.deepStrictEqual(reportedIn('Prices hit record levels, forecaster Jo Kent said.'), [['Prices hit record levels', 'Jo Kent']]);
  });

  test('must not fire: "hit" after a determiner is a noun, and a noun phrase before the source is no content', () => {
    assert.deepStrictEqual(reportedIn('The hit record, producer Jo Kent said.'), []);
  });
});

