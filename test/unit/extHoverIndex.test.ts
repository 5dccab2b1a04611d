// The hover's lookup (src/extension/hoverIndex.ts) against the core's explainAt: the same answer at every
// offset of real and awkward articles, with and without a user glossary; and the offset index against a
// plain scan on random overlapping spans.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { explainAt } from '../../src/core/explain';
import type { KnowledgeEntry } from '../../src/core/knowledge/types';
import type { Span } from '../../src/core/types';
import { HoverIndex } from '../../src/extension/hoverIndex';
import { OffsetIndex } from '../../src/extension/offsetIndex';
import { seededRandom } from '../shared/seededRandom';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
const wikinews = fs.readdirSync(path.join(FIXTURES, 'wikinews')).filter((f) => f.endsWith('.article')).sort();

const GLOSSARY: KnowledgeEntry[] = [
  { id: 'kyoto-protocol', name: 'Kyoto (newsroom note)', kind: 'protocol', aliases: ['Kyoto {topic?} {agreement}'], summary: 'Use the full name on first mention.' },
  { id: 'newsroom-summit', name: 'The summit', kind: 'other', aliases: ['summit', 'G8'], summary: 'A glossary entry of its own.' },
];

const AWKWARD: [string, string][] = [
  ['nested, empty and unclosed quotations', 'Talks\n\n"He said \'we will "go" now\' and left," Rice said. "" she said. "Never closes, Bush said\n\nThe 1972 ABM treaty cut 6,000 warheads, Putin said.'],
  ['a quotation inside a reported statement', 'Bush said that the "rogue states" were a threat, and the ABM treaty of 1972 had to go.\n\n"We will see," he said.'],
];

/** With a glossary explainAt matches the terms again on every call: the long articles are sampled. */
function sameAtEveryOffset(text: string, glossary: readonly KnowledgeEntry[], step = 1): void {
  const analysis = analyze(text);
  const index = new HoverIndex(text, analysis);
  for (let offset = 0; offset <= text.length; offset += step) {
    const expected = explainAt(text, analysis, offset, { glossary });
    const actual = index.explain(offset, glossary);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) assert.deepStrictEqual(actual, expected, `at offset ${offset}`);
  }
}

suite('Hover index', function () {
  this.timeout(120_000);
  const seed = fs.readFileSync(path.join(FIXTURES, 'genoa-summit-2001.article'), 'utf8');
  for (const glossary of [[], GLOSSARY]) {
    const withGlossary = glossary.length ? ', with a glossary' : '';
    test(`the seed article: explainAt's answer at every offset${glossary.length ? ' (every 5th)' : ''}${withGlossary}`, () => sameAtEveryOffset(seed, glossary, glossary.length ? 5 : 1));
    test(`the Wikinews articles: explainAt's answer at every offset${glossary.length ? ' (every 41st)' : ''}${withGlossary}`, () => {
      for (const file of wikinews) sameAtEveryOffset(fs.readFileSync(path.join(FIXTURES, 'wikinews', file), 'utf8'), glossary, glossary.length ? 41 : 1);
    });
    for (const [title, text] of AWKWARD) test(`${title}${withGlossary}`, () => sameAtEveryOffset(text, glossary));
  }

  test('the offset index finds the first span covering an offset or a range, as a scan does', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const spans: Span[] = Array.from({ length: Math.floor(random() * 40) }, () => {
        const start = Math.floor(random() * 100);
        return { start, end: start + Math.floor(random() * (random() < 0.2 ? 100 : 6)) };
      });
      const index = new OffsetIndex(spans);
      for (let from = -1; from <= 200; from++) {
        const to = from + 1 + Math.floor(random() * 4);
        assert.strictEqual(index.firstAt(from), spans.findIndex((s) => s.start <= from && from < s.end), `round ${round}, offset ${from}`);
        assert.strictEqual(index.firstCovering(from, to), spans.findIndex((s) => s.start <= from && to <= s.end), `round ${round}, ${from}–${to}`);
      }
    }
  });
});
