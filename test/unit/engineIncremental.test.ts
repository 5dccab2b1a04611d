// IncrementalAnalyzer (src/core/incremental) must give exactly `analyze`'s answer for every version of a
// document, whatever the edits between them: fast-check generates articles (quotations, cues, names, figures,
// captions, front matter with a date) and sequences of edits (typing and deleting in a paragraph, joining and
// splitting paragraphs, adding and removing quotation marks, numbers near paragraph ends, CRLF), and every
// version's incremental analysis must deep-equal a fresh one, key order included (the CLI's JSON).
// More cases: FUZZ_RUNS=20000 npx mocha dist/test/unit/engineIncremental.test.js; replay with FUZZ_SEED=.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, IncrementalAnalyzer } from '../../src/core';

const RUNS = Math.ceil((Number(process.env.FUZZ_RUNS) || 5000) / 5);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const NAMES = ['Bush', 'Vladimir Putin', 'Russian President Vladimir Putin', 'Mr. Smith', 'a police spokesman', 'U.S. officials', 'he', 'she', 'they', 'the ministry', 'KCNA'];
const CUES = ['said', 'told reporters', 'added', 'according to', 'warned', 'said in a statement', 'insisted'];
const WORDS = ['the', 'treaty', 'talks', 'in', 'Genoa', 'was', 'not', 'and', 'about', 'No.', 'U.S.', 'it', 'percentage', 'points', 'million', 'that'];
const FIGURES = ['about 3,000 to 3,500 troops', '$2 billion', '40 percent', 'the 1990s', 'the 21st century', 'No. 5', '2.5 percentage points', 'more than 100 people', 'between 5 and 10 million', 'in 2001', 'twenty-five', '5', '7 million'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»'];
const PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’']];

const words = fc.array(fc.constantFrom(...WORDS, ...FIGURES), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...PAIRS), words, fc.constantFrom(...NAMES), fc.constantFrom(...CUES)).map(([[o, c], w, n, v]) => `${o}${w},${c} ${n} ${v}.`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), words).map(([n, v, w]) => `${n} ${v} that ${w}.`),
  fc.tuple(fc.constantFrom(...PAIRS), words).map(([[o, c], w]) => `${o}${w}.${c}`),
  fc.tuple(fc.constantFrom(...PAIRS), words).map(([[o], w]) => `${o}${w}.`),
  words.map((w) => `${w[0].toUpperCase()}${w.slice(1)} ${FIGURES[w.length % FIGURES.length]}.`),
  fc.constantFrom('Image: NASA.', 'Sources', '"Talks end" — BBC, July 22, 2001', 'Friday, July 20, 2001'),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const article = fc
  .tuple(
    fc.option(fc.constantFrom('---\ntitle: Talks\ndate: 2001-07-22\n---\n', '---\ndate: 1999-01-01\n---\n'), { nil: '' }),
    fc.option(words.map((w) => `${w.toUpperCase()}\n\n`), { nil: '' }),
    fc.array(paragraph, { minLength: 1, maxLength: 14 }),
    fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n\n\n'),
  )
  .map(([front, headline, paragraphs, joiner]) => front + headline + paragraphs.join(joiner));

type Edit = (text: string) => string;
const at = (text: string, where: number): number => Math.floor(where * (text.length + 1));
const snippet = fc.constantFrom(...NAMES, ...CUES, ...WORDS, ...FIGURES, ...MARKS, ' ', '.', ',', '\n', '\n\n', '\r\n', ' 5', '5 ', 'million ', '\u00a0', '😀');

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), snippet).map(([w, s]): Edit => (t) => t.slice(0, at(t, w)) + s + t.slice(at(t, w))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([w, n]): Edit => (t) => t.slice(0, at(t, w)) + t.slice(at(t, w) + n)),
  fc.double({ min: 0, max: 1, noNaN: true }).map((w): Edit => (t) => { const i = t.indexOf('\n\n', at(t, w)); return i < 0 ? t : `${t.slice(0, i)} ${t.slice(i + 2)}`; }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((w): Edit => (t) => { const i = t.indexOf(' ', at(t, w)); return i < 0 ? t : `${t.slice(0, i)}\n\n${t.slice(i + 1)}`; }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((w): Edit => (t) => { const i = t.slice(at(t, w)).search(/["“”‘’'«»]/); const k = at(t, w) + i; return i < 0 ? t : t.slice(0, k) + t.slice(k + 1); }),
  fc.constant<Edit>((t) => (t.includes('\r\n') ? t.replace(/\r\n/g, '\n') : t.replace(/\n/g, '\r\n'))),
  fc.constant<Edit>((t) => t.replace(/date: \d{4}/, (d) => `date: ${Number(d.slice(6)) + 1}`)),
  article.map((other): Edit => () => other),
);

function sameAnalysis(incremental: IncrementalAnalyzer, text: string, maxLength?: number): void {
  const options = maxLength === undefined ? {} : { maxLength };
  const got = incremental.analyze(text, options);
  const fresh = analyze(text, options);
  assert.deepStrictEqual(got, fresh);
  assert.strictEqual(JSON.stringify(got), JSON.stringify(fresh));
}

suite('IncrementalAnalyzer: the same analysis as analyze, after any edits (fast-check)', function () {
  this.timeout(600_000);

  test(`random articles and random edit sequences (${RUNS} cases)`, () => {
    fc.assert(fc.property(article, fc.array(edit, { minLength: 1, maxLength: 12 }), (text, edits) => {
      const incremental = new IncrementalAnalyzer();
      sameAnalysis(incremental, text);
      for (const e of edits) sameAnalysis(incremental, (text = e(text)));
    }), { numRuns: RUNS, seed: SEED });
  });

  test(`tiny paragraphs of numbers, scale words and marks, where windows reach across paragraphs and to the text's ends (${RUNS} cases)`, () => {
    const piece = fc.constantFrom('5', '1,500', 'million', 'more than', 'about', 'No.', 'percent', '%', '$', 'troops', 'the', 'Putin said', '“', '”', '"', '.', ',', '-', '1990s', '21st', 'century');
    const tiny = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(' ')), { minLength: 1, maxLength: 10 })
      .chain((paragraphs) => fc.array(fc.constantFrom('\n\n', '\n \n', '\n\n\n', '\r\n\r\n', '\n'), { minLength: paragraphs.length, maxLength: paragraphs.length })
        .map((breaks) => paragraphs.map((p, i) => p + (i < paragraphs.length - 1 ? breaks[i] : '')).join('')));
    fc.assert(fc.property(tiny, fc.array(edit, { minLength: 1, maxLength: 10 }), (text, edits) => {
      const incremental = new IncrementalAnalyzer();
      sameAnalysis(incremental, text);
      for (const e of edits) sameAnalysis(incremental, (text = e(text)));
    }), { numRuns: RUNS, seed: SEED });
  });

  test(`with a size limit, as the extension analyses a long document's prefix (${Math.ceil(RUNS / 5)} cases)`, () => {
    fc.assert(fc.property(article, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.integer({ min: 20, max: 400 }), (text, edits, limit) => {
      const incremental = new IncrementalAnalyzer();
      sameAnalysis(incremental, text, limit);
      for (const e of edits) sameAnalysis(incremental, (text = e(text)), limit);
    }), { numRuns: Math.ceil(RUNS / 5), seed: SEED });
  });

  test('a number at a paragraph end running on into the next paragraph: its figure follows an edit far into it', () => {
    // "5" + "million" ×30 is one number, and what it counts comes after it: the first paragraph's figures
    // depend on text 240 characters into the second.
    const text = `Talks\n\nThe bill came to 5\n\n${'million '.repeat(30)}troops, officials said.\n\n"Fine," he said.`;
    const incremental = new IncrementalAnalyzer();
    sameAnalysis(incremental, text);
    sameAnalysis(incremental, text.replace('troops', 'people'));
    sameAnalysis(incremental, text.replace('troops,', 'troops;'));
  });

  test('a paragraph near the start, moved by an edit before it, whose window reaches the start of the text', () => {
    // Found by fuzzing: "more than" before "100" reaches back across the paragraph break into the headline,
    // which the edit changed; the window was clipped at 0, and a clipped window cannot move.
    const incremental = new IncrementalAnalyzer();
    sameAnalysis(incremental, '“more\n\nthan\n\n100 people the.\n\n“the.');
    sameAnalysis(incremental, '“more than\n\n100 people the.\n\n“the.');
  });

  test('every fixture article, after the one before it and after edits of its own', () => {
    const root = path.resolve(__dirname, '../../../test/fixtures');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.article')).sort();
    assert.ok(files.length > 50);
    const incremental = new IncrementalAnalyzer();
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      sameAnalysis(incremental, text);
      const middle = text.indexOf('\n\n', text.length >> 1);
      sameAnalysis(incremental, `${text.slice(0, middle)}\n\n"We will not," the minister said.${text.slice(middle)}`);
      sameAnalysis(incremental, text.replace(/[“"]/, ''));
    }
  });

  test('edits across the Wikinews articles (one document): most paragraphs and figure stretches are reused', () => {
    const dir = path.resolve(__dirname, '../../../test/fixtures/wikinews');
    let text = fs.readdirSync(dir).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
    const incremental = new IncrementalAnalyzer();
    sameAnalysis(incremental, text);
    const edits: Edit[] = [
      (t) => `${t.slice(0, t.length >> 1)} "We will not," he said.${t.slice(t.length >> 1)}`,
      (t) => t.replace('\n\n', ' '),
      (t) => t.replace(/ said/, '\n\nsaid'),
      (t) => t.replace('“', ''),
      (t) => t.replace(/\n/g, '\r\n'),
      (t) => `${t.slice(0, 100)}about 5 million${t.slice(100)}`,
      (t) => t.slice(0, -200),
    ];
    const paragraphs = analyze(text).structure.paragraphs.length;
    for (const e of edits) {
      sameAnalysis(incremental, (text = e(text)));
      if (!text.includes('\r\n') || e === edits[4]) continue;
      assert.ok(incremental.reused.paragraphs > paragraphs * 0.9, `only ${incremental.reused.paragraphs} of ~${paragraphs} paragraphs reused`);
      assert.ok(incremental.reused.figureStretches > paragraphs * 0.9, `only ${incremental.reused.figureStretches} figure stretches reused`);
    }
  });
});
