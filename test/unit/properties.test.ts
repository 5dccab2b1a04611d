// Property-based fuzzing of the core (fast-check): generated articles, checked against the data model's invariants.
// CI runs FUZZ_RUNS (default 5,000) cases per property, 10,000 in all; a deeper run: FUZZ_RUNS=100000 npx mocha dist/test/unit/properties.test.js
// A failure prints the seed and the shrunk article; replay it with FUZZ_SEED=<seed>.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

const RUNS = Number(process.env.FUZZ_RUNS) || 5000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const WORDS = ['the', 'government', 'announcement', 'was', 'unexpected', 'talks', 'in', 'Genoa', 'on', 'missile', 'defence', 'treaty', 'we', 'will', 'not', 'accept', 'it', 'is', 'a', 'quasi-state of war', 'U.S.', 'Mr.', 'Gen.', 'J.', '3.5', 'about', '40', 'percent', '$2 billion', '2001', 'July', 'that', 'and', 'but', 'only'];
const NAMES = ['Bush', 'George W. Bush', 'Vladimir Putin', 'Russian President Vladimir Putin', 'Putin', 'Condoleezza Rice', 'Mr. Smith', 'Dr. Ana López', 'a police spokesman', 'U.S. officials', 'the Korean Central News Agency (KCNA)', 'KCNA', 'NASA', 'Bush and Putin', 'he', 'she', 'they', 'it', 'who', 'his Russian counterpart', 'Zoë Ørsted', 'Łukasz Żuk'];
const CUES = ['said', 'says', 'told reporters', 'said in a statement', 'according to', 'has suggested', 'cautioned that', 'added', 'asked', 'described', 'as', 'expressed hope that', 'saying only that', 'said that', 'warned', 'insisted', 'fears', 'wants'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '``', "''"];
const PUNCTUATION = [',', '.', ':', ';', '?', '!', '...', '…', ' — ', ' – ', '-', '(', ')', '[', ']'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '   ', '\n---\n', '\n\n\n\n'];
const ASTRAL = ['😀', '𝐀𝐁', '👨‍👩‍👧', '🇺🇸', '𠜎', '🏳️‍🌈', '🙂‍↔️'];
const ODD = ['\0', '\0\0\0', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u2029', '\u0085', '\uFFFD', '\uD800', '\uDC00', '\u0301', '\u202E', '\u000B', '\u000C'];
const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['‘', '’'], ["'", "'"], ['« ', ' »'], ['‹', '›']];

const word = fc.constantFrom(...WORDS);
const name = fc.constantFrom(...NAMES);
const cue = fc.constantFrom(...CUES);

/** Any mix of the pieces articles are made of, and of things they should not contain. */
const token = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 3, arbitrary: name },
  { weight: 3, arbitrary: cue },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n');
const tokenSoup = fc.array(fc.tuple(token, separator), { maxLength: 200, size: 'medium' }).map((parts) => parts.map(([t, s]) => t + s).join(''));

const words = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const pair = fc.constantFrom(...QUOTE_PAIRS);

/** Sentences in the shapes news attribution takes, including broken ones (no closing mark). */
const sentence = fc.oneof(
  fc.tuple(pair, words, name, cue).map(([[o, c], w, n, v]) => `${o}${w},${c} ${n} ${v}.`),
  fc.tuple(pair, words, name, cue).map(([[o, c], w, n, v]) => `${n} ${v} ${o}${w}.${c}`),
  fc.tuple(words, name, cue).map(([w, n, v]) => `${n} ${v} ${w}.`),
  fc.tuple(pair, words, words, name).map(([[o, c], a, b, n]) => `${o}${a},${c} ${n} said, ${o}${b}.${c}`),
  fc.tuple(pair, words, name).map(([[o, c], w, n]) => `${n} said the plan was ${o}${w}${c}.`),
  fc.tuple(pair, words, name).map(([[o], w, n]) => `${o}${w}. ${n} said`),
  fc.tuple(words, name).map(([w, n]) => `According to ${n}, ${w}.`),
  fc.tuple(words, fc.constantFrom(...ASTRAL, ...ODD)).map(([w, x]) => `${x}${w} ${x}.`),
  words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}.`),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const newsArticle = fc
  .tuple(
    fc.option(fc.constant('---\ntitle: A generated article\ndate: 2001-07-22\n---\n'), { nil: '' }),
    fc.option(words.map((w) => `${w.toUpperCase()}\n\n`), { nil: '' }),
    fc.array(paragraph, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\n \n'),
  )
  .map(([front, headline, paragraphs, joiner]) => front + headline + paragraphs.join(joiner));

/** Analyses twice with an unrelated article in between: the output must not depend on what ran before. */
function checkArticle(text: string, other: string): void {
  const first = analyze(text);
  checkInvariants(text, first);
  analyze(other);
  assert.strictEqual(JSON.stringify(analyze(text)), JSON.stringify(first), 'a second analysis of the same text differs');
}

/** Maps an offset in LF text to the same place in its CRLF copy. */
function crlfOffset(lf: string, offset: number): number {
  let newlines = 0;
  for (let i = lf.indexOf('\n'); i !== -1 && i < offset; i = lf.indexOf('\n', i + 1)) newlines++;
  return offset + newlines;
}

/** Windows line ends change no statement: the same ones, at offsets shifted by one per line before them. */
function checkCrlf(lf: string): void {
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = analyze(lf);
  const b = analyze(crlf);
  checkInvariants(crlf, b);
  assert.deepStrictEqual(
    b.statements.map((s) => [s.kind, s.start, s.end, s.speakerId === null]),
    a.statements.map((s) => [s.kind, crlfOffset(lf, s.start), crlfOffset(lf, s.end), s.speakerId === null]),
  );
}

function runProperty(arbitrary: fc.Arbitrary<string>): void {
  fc.assert(fc.property(arbitrary, fc.constantFrom('“Yes,” he said.', 'Bush said "no".\n\nPutin agreed.'), checkArticle), { numRuns: RUNS, seed: SEED });
}

suite('properties of analyze (fast-check)', function () {
  this.timeout(600_000);

  test(`token soup with every quote mark, CRLF, astral characters and NULs (${RUNS} cases)`, () => {
    runProperty(tokenSoup);
  });

  test(`news-shaped articles: quotations, split quotations, cues, unclosed marks (${RUNS} cases)`, () => {
    runProperty(newsArticle);
  });

  test(`news-shaped articles with CRLF line ends: the same statements at shifted offsets (${Math.ceil(RUNS / 5)} cases)`, () => {
    const lfArticle = newsArticle.map((t) => t.replace(/\r\n?/g, '\n'));
    fc.assert(fc.property(lfArticle, checkCrlf), { numRuns: Math.ceil(RUNS / 5), seed: SEED });
  });

  test('the generators reach the engine: news-shaped articles do yield statements', () => {
    // Guards the property above against testing nothing: with a working engine, most samples have statements.
    const samples = fc.sample(newsArticle, { numRuns: 200, seed: 42 });
    const withStatements = samples.filter((t) => analyze(t).statements.length > 0).length;
    assert.ok(withStatements >= 100, `only ${withStatements} of 200 generated articles yield a statement`);
  });
});
