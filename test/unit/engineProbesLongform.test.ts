// Probes of long-form copy: block quotations, quotations over paragraphs, written sources, captions and
// the speakers carried across them.
import * as assert from 'assert';
import { analyzeBody, found, speakerOf } from './engineFound';

suite('engine probes: long-form quotation', () => {
  test('a role noun opening the sentence before a full name is its title, not part of the name', () => {
    assert.strictEqual(speakerOf('Pensioner Ilse Varga counted the votes. "Nine are missing," she said.', 'Nine are missing'), 'Ilse Varga');
    assert.deepStrictEqual(found(analyzeBody('Treasurer Moss Arden said: "The accounts are clean."')), [['direct', 'The accounts are clean.', 'Moss Arden']]);
  });

  test('must not fire: a role word before one capitalised word may be a surname pair ("Farmer Brown")', () => {
    assert.strictEqual(speakerOf('Farmer Brown said the crop had failed.', 'crop had failed'), 'Farmer Brown');
  });

  test('"she" after two people picks the woman by her given name (Polish, Nordic, West African names)', () => {
    assert.strictEqual(speakerOf('Marek Nowak met Zofia Lis in Gdansk. "We agreed on the route," she said.', 'agreed on the route'), 'Zofia Lis');
    assert.strictEqual(speakerOf('Abena Owusu hosted Kwabena Asare. "The talks went well," he said.', 'talks went well'), 'Kwabena Asare');
  });
});
