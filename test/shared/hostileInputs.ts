// The generated hostile inputs of test/unit/hostile.test.ts, shared with `npm run bench -- hostile`, which analyses
// each at a quarter and at its full size: a rule that reads the whole line or document per quotation or per token
// shows there as time growing far faster than the input (100,000 quotations on one line took 14.5 s instead of
// 0.8 s after a rule searched back from every quotation to the line's start, and no test fails on time).
import { seededRandom } from './seededRandom';

const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」'];

export interface HostileInput {
  readonly label: string;
  /** How many units (repetitions, characters or bytes) the test uses. */
  readonly size: number;
  /** The input with `count` units; the same count gives the same text (seeded randomness). */
  readonly build: (count: number) => string;
}

const repeated = (label: string, unit: string, size: number): HostileInput => ({ label, size, build: (n) => unit.repeat(n) });

/** Random bytes, decoded as `encoding` (seeded, so every run reads the same bytes). */
function noise(label: string, encoding: BufferEncoding, seed: number): HostileInput {
  return { label, size: 500_000, build: (n) => { const next = seededRandom(seed); return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))).toString(encoding); } };
}

/** Every generated input; `articleLine` is real article text on one line (the Wikinews fixtures, joined). */
export function hostileInputs(articleLine: string): HostileInput[] {
  return [
    { label: 'random marks', size: 1_000_000, build: (n) => { const next = seededRandom(1); return Array.from({ length: n }, () => MARKS[Math.floor(next() * MARKS.length)]).join(''); } },
    repeated('straight double marks', '"', 1_000_000),
    repeated('marks and spaces', '“ ” ', 250_000),
    repeated('openers', '“word, said Bush ', 100_000),
    repeated('closers', 'word,” said Bush. ', 100_000),
    repeated('one paragraph each', '“He said it is\n\n', 100_000),
    { label: 'nested', size: 25_000, build: (n) => '“‘'.repeat(n) + 'deep' + '’”'.repeat(n) + ' he said.' },
    { label: 'single line', size: 5_000_000, build: (n) => articleLine.repeat(Math.ceil(n / articleLine.length)).slice(0, n) },
    repeated('one word', 'a', 1_000_000),
    repeated('capitalised words', 'Vladimir Putin Bush Rice Genoa ', 40_000),
    repeated('cues', 'said told reporters according to ', 30_000),
    { label: 'reports in one sentence', size: 20_000, build: (n) => 'He said the plan was "fine" ' + 'and said the plan was "bad" '.repeat(n) + '.' },
    // One counted noun, then bare counts: a count without a noun once re-read all the text back to the last noun.
    { label: 'counts after one noun', size: 30_000, build: (n) => 'The army sent 3,000 troops. ' + 'It rose to 40, then 50 and 60. '.repeat(n) },
    repeated('abbreviations', 'Mr. U.S. Gen. J. ', 60_000),
    repeated('dots', '.', 1_000_000),
    repeated('blank lines', '\n', 1_000_000),
    repeated('headline-like lines', 'SAID THE PRESIDENT\n', 50_000),
    noise('latin-1', 'latin1', 7),
    noise('utf-8', 'utf8', 7),
    { label: 'utf-16 units', size: 100_000, build: (n) => { const next = seededRandom(8); return Array.from({ length: n }, () => String.fromCharCode(Math.floor(next() * 0x10000))).join(''); } },
  ];
}
