// Speakers' names from appositions and role words, and two hearer frames, on sentences written for the test:
// an opening name with an indefinite organisation apposition ("Pellam, an insurance firm, …"), a role noun
// before one name opening the sentence ("Insurer Brakka said"), a plural description before an apposition of
// names ("Two residents, Maja Kerr and Paul Dunn, said"), and a hearer with an apposition before "that".
import * as assert from 'assert';
import { analyzeBody, reportedIn, speakerOf } from './engineFound';

suite('engine: S8 naming from appositions and hearer appositions', () => {
  test('an opening name with an indefinite organisation apposition is the organisation', () => {
    assert.deepStrictEqual(reportedIn('Pellam, an insurance firm, raised its prices. It said claims had doubled.'), [['claims had doubled', 'Pellam']]);
    assert.strictEqual(speakerOf('Kestro, a small carmaker, recalled 300 vans last week. "We acted at once," it said.', 'We acted at once'), 'Kestro');
  });
  test('an opening adverb before an indefinite source stays an adverb', () => {
    assert.deepStrictEqual(reportedIn('Meanwhile, a local charity said the shelter was full.'), [['the shelter was full', 'a local charity']]);
  });
  test('a role noun opening the sentence before one name describes it', () => {
    assert.deepStrictEqual(reportedIn('Insurer Brakka said claims had doubled.'), [['claims had doubled', 'Brakka']]);
    const a = analyzeBody('Drugmaker Nerova said the trial had failed.');
    assert.strictEqual(a.speakers.find((s) => s.name === 'Nerova')?.role?.toLowerCase(), 'drugmaker');
  });
  test('a plural role noun before a pair of names sharing a surname describes them', () => {
    assert.deepStrictEqual(reportedIn('Residents Ada and Karl Brenn said the noise was unbearable.'), [['the noise was unbearable', 'Ada; Karl Brenn']]);
  });
  test('an organisation name opened by a role word keeps it', () => {
    assert.deepStrictEqual(reportedIn('General Motors said sales fell.'), [['sales fell', 'General Motors']]);
    assert.deepStrictEqual(reportedIn('Union Carbide said the leak was small.'), [['the leak was small', 'Union Carbide']]);
  });
  test('a plural description before an apposition of names is those people', () => {
    assert.deepStrictEqual(reportedIn('Two residents, Maja Kerr and Paul Dunn, said the water smelled.'), [['the water smelled', 'Maja Kerr; Paul Dunn']]);
    assert.deepStrictEqual(reportedIn('Two climbers, Eli Ward and Nora Fisk, were rescued on Sunday. They said the storm came quickly.'), [['the storm came quickly', 'Eli Ward; Nora Fisk']]);
  });
  test('a plural description with no names, or with "including", stays the source', () => {
    assert.deepStrictEqual(reportedIn('Two students, both from Oslo, said the fees were too high.'), [['the fees were too high', 'Two students']]);
    assert.deepStrictEqual(reportedIn('Neighbours, including Ruth Kale and Ian Moss, said the fire spread fast.'), [['the fire spread fast', 'Neighbours']]);
  });
  test('a hearer with an apposition before "that" is skipped to the content', () => {
    assert.deepStrictEqual(reportedIn('Senator Rita Vance told the reporter, Sara Quint, that the bill would pass.'), [['the bill would pass', 'Rita Vance']]);
    assert.deepStrictEqual(reportedIn('The chief told officers, including Sgt Ivo Tran, that the unit would close.'), [['the unit would close', 'The chief']]);
    assert.deepStrictEqual(reportedIn('Ella Voss told her sister, Mira Holt, that she was moving to Bergen.'), [['she was moving to Bergen', 'Ella Voss']]);
  });
  test('a hearer apposition with no "that" after it reports nothing', () => {
    assert.deepStrictEqual(reportedIn('The mayor told the journalist, Ben Cole, about the plan.'), []);
  });
});
