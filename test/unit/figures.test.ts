import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Figure } from '../../src/core';
import { changeBetween, relatedFigures, sameCounted } from '../../src/core/figures/relate';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/genoa-summit-2001.article'), 'utf8');

function figuresOf(text: string): readonly Figure[] {
  return analyze(text).figures;
}

function one(text: string): Figure {
  const f = figuresOf(text);
  assert.strictEqual(f.length, 1, JSON.stringify(f));
  return f[0];
}

suite('figures', () => {
  const cases: [string, Partial<Figure>][] = [
    ['The United States has about 7,000 strategic nuclear weapons.', { kind: 'count', value: 7000, high: 7000, approximation: 'about', counts: 'strategic nuclear weapons' }],
    ['Stocks will fall to between 3,000 and 3,500 warheads.', { kind: 'range', value: 3000, high: 3500, counts: 'warheads' }],
    ['They agreed to cut them to 2,000 to 2,500 warheads.', { kind: 'range', value: 2000, high: 2500 }],
    ['Putin has suggested 1,500 warheads each would be adequate.', { kind: 'count', value: 1500, counts: 'warheads each' }],
    ['A dozen countries signed.', { kind: 'count', value: 12, counts: 'countries' }],
    ['Two delegations walked out.', { kind: 'count', value: 2, counts: 'delegations' }],
    ['Turnout was 58% this time.', { kind: 'percent', value: 58, unit: '%' }],
    ['Turnout rose by 5.5 per cent this time.', { kind: 'percent', value: 5.5, unit: '%' }],
    ['He was released on US$ 20,000 bail.', { kind: 'money', value: 20000, unit: 'USD' }],
    ['The fund holds $1.5 billion now.', { kind: 'money', value: 1.5e9, unit: 'USD' }],
    ['They met inside the 16th century palace.', { kind: 'century', value: 1500, high: 1599 }],
    ['Prices soared in the 1990s again.', { kind: 'decade', value: 1990, high: 1999 }],
    ['In 1997, the presidents met.', { kind: 'year', value: 1997 }],
    ['Around 2 million voters came.', { kind: 'count', value: 2e6, approximation: 'around', counts: 'voters' }],
    ['The missiles had ranges of 500 to 5,500 km.', { kind: 'range', value: 500, high: 5500, unit: 'km' }],
    ['It was the 22nd edition.', { kind: 'ordinal', value: 22 }],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const f = one(text);
      for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(f[k as keyof Figure], v, `${k} of ${f.text}`);
    });
  }

  const none = ['The two go hand in hand.', 'It happened on September 14 at 10:30.', 'Resolution 2231 was adopted.', 'It fired at posts 542 and 543.', 'Real Madrid won 3-1.', 'The START-2 and G-7 talks.'];
  for (const text of none) test(`no figure: ${text}`, () => assert.deepStrictEqual(figuresOf(text).map((f) => f.text), []));

  test('"from 7,000 to 3,500" is a change between two figures, not a range', () => {
    assert.deepStrictEqual(figuresOf('Warheads will fall from 7,000 to 3,500 warheads.').map((f) => f.kind), ['count', 'count']);
  });

  test('the seed: figures, what they count, and their statements', () => {
    const a = analyze(seed);
    const byText = new Map(a.figures.map((f) => [f.text, f]));
    assert.strictEqual(byText.get('about 7,000')?.counts, 'strategic nuclear weapons');
    assert.strictEqual(byText.get('between 3,000 and 3,500')?.counts, 'strategic nuclear weapons', 'inherited from "that number"');
    assert.strictEqual(byText.get('2,000 to 2,500')?.counts, 'strategic nuclear weapons');
    assert.strictEqual(byText.get('1,500')?.counts, 'warheads each');
    assert.strictEqual(byText.get('1972')?.kind, 'year');
    assert.strictEqual(byText.get('16th century')?.kind, 'century');
    const statement = a.statements.find((s) => s.id === byText.get('1,500')?.statementId);
    assert.ok(statement && /1,500 warheads/.test(statement.text), 'the 1,500 stands in Putin\'s statement');
  });

  test('the seed: changes from about 7,000 (−50% to −57%, −64% to −71%, −79%)', () => {
    const a = analyze(seed);
    const base = a.figures.find((f) => f.text === 'about 7,000') as Figure;
    const related = relatedFigures(base, a.figures);
    assert.ok(related);
    const rounded = related.others.map((o) => [o.figure.text, Math.round(o.change?.low ?? NaN), Math.round(o.change?.high ?? NaN)]);
    assert.deepStrictEqual(rounded, [['between 3,000 and 3,500', -50, -57], ['2,000 to 2,500', -64, -71], ['1,500', -79, -79]]);
  });

  test('same thing by head noun and synonyms, not by contrasting modifiers', () => {
    assert.ok(sameCounted('strategic nuclear weapons', 'warheads each'));
    assert.ok(sameCounted('asylum seekers', 'migrants'));
    assert.ok(!sameCounted('strategic nuclear weapons', 'tactical nuclear weapons'));
    assert.ok(!sameCounted('votes', 'voters'));
    const f = (value: number, high = value) => ({ value, high }) as Figure;
    assert.deepStrictEqual(changeBetween(f(200), f(300)), { low: 50, high: 50 });
  });
});

suite('article date', () => {
  const cases: [string, string | null][] = [
    ['---\ndate: 2015-08-21\n---\nHeadline\n\nBody.', '2015-08-21'],
    ['Headline\n\nFriday, August 21, 2015\n\nBody text here.', '2015-08-21'],
    ['Headline\n\nGENOA, Italy, July 22, 2001 — Body text here.', '2001-07-22'],
    ['Headline\n\nThe leaders met on Sunday, July 22, 2001, in Genoa.', '2001-07-22'],
    ['Headline\n\nThe leaders met on Monday, July 22, 2001, in Genoa.', null],
    ['Headline\n\nIn 1997 the presidents met; they meet again on August 6, 1945.', null],
  ];
  for (const [text, expected] of cases) test(JSON.stringify(text.slice(0, 50)), () => assert.strictEqual(analyze(text).date, expected));
});
