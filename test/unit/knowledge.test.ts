import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import schema from '../../src/core/data/knowledge.schema.json';
import knowledge from '../../src/core/data/knowledge.json';
import { compileAlias } from '../../src/core/knowledge/aliases';
import { parseGlossary } from '../../src/core/knowledge/glossary';
import { findTermsWith } from '../../src/core/knowledge/terms';
import { BUILT_IN, withGlossary } from '../../src/core/knowledge/base';
import type { KnowledgeEntry } from '../../src/core/knowledge/types';

const entries = BUILT_IN.entries;

/** The entry ids found in a text (front matter allowed). */
function termsIn(text: string, glossary: KnowledgeEntry[] = []): string[] {
  const a = analyze(text);
  return findTermsWith(text, a.structure, withGlossary(glossary), a.date).map((t) => `${t.text}=${t.entryId}`);
}

suite('knowledge base data', () => {
  test('validates against its JSON schema (ajv)', () => {
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(schema, knowledge);
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 5), null, 1));
  });

  test('the schema rejects a malformed entry', () => {
    const ajv = new Ajv();
    assert.strictEqual(ajv.validate(schema, { entries: [{ id: 'X Y', name: 'n', kind: 'treaty', aliases: [], summary: 's' }] }), false);
    assert.strictEqual(ajv.validate(schema, { entries: [{ id: 'x', name: 'n', kind: 'treaty', aliases: ['x'], summary: 's', signed: { date: '1972-13-01' } }] }), false);
  });

  test('the contributed glossary schema is the same file as the knowledge schema', () => {
    const root = path.resolve(__dirname, '../../..');
    const contributed = fs.readFileSync(path.join(root, 'schemas/article-glossary.schema.json'), 'utf8');
    assert.strictEqual(contributed, fs.readFileSync(path.join(root, 'src/core/data/knowledge.schema.json'), 'utf8'));
  });

  test('has at least 60 entries with unique ids', () => {
    assert.ok(entries.length >= 60, `${entries.length} entries`);
    assert.strictEqual(new Set(entries.map((e) => e.id)).size, entries.length);
  });

  test('the required coverage is there', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const id of ['abm-treaty', 'salt-1', 'salt-2', 'inf-treaty', 'start-1', 'start-2', 'start-3-framework', 'sort', 'new-start', 'npt', 'ctbt', 'ptbt', 'tpnw', 'outer-space-treaty', 'jcpoa', 'cwc', 'bwc', 'cfe', 'open-skies', 'unfccc', 'kyoto-protocol', 'paris-agreement', 'montreal-protocol', 'gatt', 'wto', 'nafta', 'usmca', 'treaty-of-rome', 'maastricht-treaty', 'lisbon-treaty', 'schengen', 'north-atlantic-treaty', 'warsaw-pact', 'camp-david-accords', 'oslo-accords', 'dayton-agreement', 'good-friday-agreement', 'minsk-agreements', 'geneva-conventions', 'un-charter', 'g7', 'g8', 'nato', 'apec', 'eu', 'un', 'opec']) {
      assert.ok(ids.has(id), id);
    }
  });

  test('every date and number has a reference that resolves, and links resolve', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const e of entries) {
      const refs = new Set((e.references ?? []).map((r) => r.id));
      assert.ok(refs.size > 0, `${e.id} has no reference`);
      const facts = [e.signed, e.inForce, e.established, e.expires, e.ended, e.parties, ...(e.withdrawals ?? []), ...(e.events ?? []), ...(e.memberCounts ?? []), ...(e.provisions ?? [])];
      for (const f of facts) if (f) assert.ok(f.ref && refs.has(f.ref), `${e.id}: fact without a resolving ref: ${JSON.stringify(f).slice(0, 80)}`);
      for (const link of [e.predecessor, e.successor]) if (link) assert.ok(ids.has(link), `${e.id} → ${link}`);
    }
  });

  test('dates are consistent: signed ≤ in force ≤ ended, withdrawals announced ≤ effective, member counts in order', () => {
    for (const e of entries) {
      const start = e.signed?.date ?? e.established?.date;
      if (start && e.inForce) assert.ok(start <= e.inForce.date, `${e.id} in force before signed`);
      if (start && e.ended) assert.ok(start <= e.ended.date, `${e.id} ended before signed`);
      for (const w of e.withdrawals ?? []) if (w.announced && w.effective) assert.ok(w.announced <= w.effective, e.id);
      const since = (e.memberCounts ?? []).map((m) => m.since);
      assert.deepStrictEqual(since, [...since].sort(), e.id);
    }
  });

  test('every alias compiles', () => {
    for (const e of entries) for (const a of e.aliases) assert.ok(compileAlias(e.id, a, BUILT_IN.slots ?? {}), `${e.id}: ${JSON.stringify(a)}`);
  });

  test('key facts that hovers state (regression guard for the numbers in the issue)', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const q = (id: string) => byId.get(id)?.provisions?.flatMap((p) => p.quantities ?? []) ?? [];
    assert.deepStrictEqual([q('start-2')[0].value, q('start-2')[0].high], [3000, 3500]);
    assert.deepStrictEqual([q('start-3-framework')[0].value, q('start-3-framework')[0].high], [2000, 2500]);
    assert.strictEqual(q('new-start')[0].value, 1550);
    const abm = byId.get('abm-treaty');
    assert.deepStrictEqual([abm?.signed?.date, abm?.inForce?.date, abm?.withdrawals?.[0].announced, abm?.withdrawals?.[0].effective], ['1972-05-26', '1972-10-03', '2001-12-13', '2002-06-13']);
  });
});

suite('term matching', () => {
  const cases: [string, string[]][] = [
    ['He wants to replace the 1972 Anti-Ballistic Missile Treaty.', ['Anti-Ballistic Missile Treaty=abm-treaty']],
    ['Officials said the plan could violate the ABM treaty within months.', ['ABM treaty=abm-treaty']],
    ['If the United States dumps the ABM, Russia will tear up all other arms control agreements.', ['ABM=abm-treaty']],
    ['The ABM said its members would vote on Sunday.', []],
    ['Under the START II agreement with Russia, that number will fall.', ['START II agreement=start-2']],
    ['The two leaders discussed the Kyoto global warming pact.', ['Kyoto global warming pact=kyoto-protocol']],
    ['SALT I was followed by SALT II in 1979.', ['SALT I=salt-1', 'SALT II=salt-2']],
    ['She moved to Paris last year and loves the city.', []],
    ['The Paris agreement between the two clubs was signed.', []],
    ['Leaders reaffirmed the Paris climate accord on emissions.', ['Paris climate accord=paris-agreement']],
    ['Veterans recalled the Paris Peace Accords of 1973.', ['Paris Peace Accords=paris-peace-accords']],
    ['The UN said aid was arriving; the EU agreed.', ['UN=un', 'EU=eu']],
    ['Kim Jong-un spoke; they had fun under the un-bridled sun.', []],
    ['Trump asked the United States National Security Council to help.', []],
    ['The UN Security Council met; the Security Council later voted.', ['UN Security Council=un-security-council', 'Security Council=un-security-council']],
    ['It was a nice treaty, they said.', []],
    ['The Nice Treaty reformed voting weights.', ['Nice Treaty=treaty-of-nice']],
    ['NATO and Nato allies met; the nato of old.', ['NATO=nato', 'Nato=nato']],
    ['WHO WILL WIN THE CUP?', []],
    ['The WHO declared a pandemic as the virus spread.', ['WHO=who']],
    ['The G8 summit in Genoa and the G-7 ministers.', ['G8=g8', 'G-7=g7']],
  ];
  for (const [text, expected] of cases) {
    test(text, () => assert.deepStrictEqual(termsIn(text), expected));
  }

  test('"the START treaty" depends on the article date (START I before 2010, New START after)', () => {
    assert.deepStrictEqual(termsIn('---\ndate: 1995-03-01\n---\nThe START treaty cut arsenals.'), ['START treaty=start-1']);
    assert.deepStrictEqual(termsIn('---\ndate: 2015-03-01\n---\nThe START treaty cut arsenals.'), ['START treaty=new-start']);
    assert.deepStrictEqual(termsIn('The START treaty cut arsenals.'), []);
  });

  test('the seed article names the ABM treaty in three spellings, START II and Kyoto', () => {
    const seed = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/genoa-summit-2001.article'), 'utf8');
    const found = termsIn(seed);
    for (const t of ['Anti-Ballistic Missile Treaty=abm-treaty', 'ABM treaty=abm-treaty', 'ABM=abm-treaty', 'START II agreement=start-2', 'Kyoto global warming pact=kyoto-protocol']) assert.ok(found.includes(t), t);
    assert.strictEqual(found.length, 6, found.join(', '));
  });

  test('a glossary entry adds a term, and one with a built-in id overrides it', () => {
    const added: KnowledgeEntry = { id: 'genoa-summit', name: 'Genoa G8 summit', kind: 'other', aliases: ['Genoa summit'], summary: 'The 27th G8 summit.' };
    const override: KnowledgeEntry = { id: 'kyoto-protocol', name: 'Kyoto (house style)', kind: 'protocol', aliases: ['Kyoto {agreement}'], summary: 'Our note.' };
    assert.deepStrictEqual(termsIn('A gift bore the Genoa summit logo; the Kyoto pact too.', [added, override]), ['Genoa summit=genoa-summit', 'Kyoto pact=kyoto-protocol']);
  });
});

suite('glossary files', () => {
  test('a valid glossary gives its entries and no problem', () => {
    const g = parseGlossary('{ // comment\n "entries": [ { "id": "x", "name": "X", "kind": "treaty", "aliases": ["X pact"], "summary": "s" } ] }');
    assert.strictEqual(g.problems.length, 0);
    assert.strictEqual(g.entries[0].id, 'x');
  });

  test('malformed JSON gives a problem at the error', () => {
    const text = '{ "entries": [ { "id": "x" ';
    const g = parseGlossary(text);
    assert.strictEqual(g.entries.length, 0);
    assert.ok(g.problems.length > 0 && /Invalid JSON/.test(g.problems[0].message));
  });

  test('a bad entry is reported at its field and skipped; good ones are kept', () => {
    const text = '{ "entries": [ { "id": "ok", "name": "OK", "kind": "treaty", "aliases": ["OK pact"], "summary": "s" }, { "id": "bad", "name": "B", "kind": "spaceship", "aliases": ["B"], "summary": "s" } ] }';
    const g = parseGlossary(text);
    assert.deepStrictEqual(g.entries.map((e) => e.id), ['ok']);
    assert.strictEqual(g.problems.length, 1);
    assert.strictEqual(text.slice(g.problems[0].start, g.problems[0].end), '"spaceship"');
  });
});
