/**
 * Grammar benchmark: tokenizes the 24 Wikinews articles ×10 with the Article grammar and, in the same run,
 * with VS Code's Markdown grammar (from the tm-grammars package), both through vscode-textmate +
 * vscode-oniguruma, in interleaved rounds; then times every line of the adversarial fixture (lines of 20,000
 * characters, which the grammar leaves plain from LONG_LINE characters on) and the same runs just under
 * LONG_LINE, the longest lines that get every rule. Budget: Article no slower than Markdown, and no line over
 * 10 ms. All times are CPU time: other processes on the machine slow the wall clock down.
 *
 * The corpus comparison is made to resist a busy machine: each round times both grammars back to back, in turn
 * first and second (ABBA), on the same text with the same engine and options; the ratio reported is that of the
 * best times (each grammar's least disturbed pass), and beside it the median of the rounds' own ratios (two passes
 * a few milliseconds apart share the machine's load). The budget holds when both are at most 1.
 */
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { ADVERSARIAL_LINE_LENGTH, ADVERSARIAL_UNITS, adversarialText } from '../../test/fixtures/grammar/adversarial';
import { loadArticleGrammar, loadGrammar, projectRoot, splitLines } from '../../test/unit/grammarTokenizer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LONG_LINE } = require('../buildGrammar.js') as { LONG_LINE: number };

const REPEATS = 10;
const ROUNDS = 5;
/** Rounds of the corpus comparison (each times both grammars once). */
const CORPUS_ROUNDS = 12;
const LINE_BUDGET_MS = 10;

/** CPU milliseconds of this process since `start`. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Tokenizes one document, line by line, from a fresh state; returns the number of tokens. */
function tokenizeDocument(grammar: IGrammar, lines: readonly string[]): number {
  let stack = INITIAL;
  let tokens = 0;
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    tokens += result.tokens.length;
  }
  return tokens;
}

/** CPU milliseconds to tokenize every document `REPEATS` times. */
function timeCorpus(grammar: IGrammar, documents: readonly string[][]): number {
  const started = process.cpuUsage();
  for (let r = 0; r < REPEATS; r++) for (const doc of documents) tokenizeDocument(grammar, doc);
  return cpuMsSince(started);
}

/** The corpus: every Wikinews article of the fixtures, split into lines. */
function loadCorpus(): { documents: string[][]; characters: number } {
  const dir = path.join(projectRoot(), 'test', 'fixtures', 'wikinews');
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.article')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return { documents: texts.map(splitLines), characters: texts.reduce((n, t) => n + t.length, 0) };
}

interface LineTimes {
  readonly unit: string;
  readonly ms: number;
  readonly tokens: number;
  readonly overBudget: number;
  readonly totalMs: number;
}

/** The slowest of `lines` (best of `ROUNDS` CPU times per line), each tokenized in the state the line before leaves. */
function slowestLine(grammar: IGrammar, lines: readonly string[], unitOf: (i: number) => string): LineTimes {
  const best = lines.map(() => Infinity);
  const tokens = lines.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    let stack = INITIAL;
    lines.forEach((line, i) => {
      const started = process.cpuUsage();
      const result = grammar.tokenizeLine(line, stack);
      best[i] = Math.min(best[i], cpuMsSince(started));
      stack = result.ruleStack;
      tokens[i] = result.tokens.length;
    });
  }
  const index = best.indexOf(Math.max(...best));
  return {
    unit: JSON.stringify(unitOf(index).slice(0, 24)),
    ms: best[index],
    tokens: tokens[index],
    overBudget: best.filter((ms) => ms > LINE_BUDGET_MS).length,
    totalMs: best.reduce((a, b) => a + b, 0),
  };
}

/** The fixture's lines (headline, blank, a run per paragraph), and the same runs cut to `length` characters. */
function adversarialLines(length: number): { lines: string[]; unitOf: (i: number) => string } {
  const full = splitLines(adversarialText());
  const lines = full.map((line) => line.slice(0, length));
  // Line 0 is the headline, then each run follows a blank line: line 2k + 2 is run k.
  return { lines, unitOf: (i) => (i >= 2 && i % 2 === 0 ? ADVERSARIAL_UNITS[(i - 2) / 2] : lines[i]) };
}

const describe = (t: LineTimes): string =>
  `slowest ${t.unit} ${t.ms.toFixed(2)} ms (${t.tokens} tokens), ${t.overBudget} over ${LINE_BUDGET_MS} ms — ${t.ms <= LINE_BUDGET_MS ? 'OK' : 'OVER BUDGET'}; all lines ${t.totalMs.toFixed(0)} ms`;

export async function benchGrammar(): Promise<string[]> {
  const article = await loadArticleGrammar();
  const markdown = await loadGrammar(require.resolve('tm-grammars/grammars/markdown.json'));
  const { documents, characters } = loadCorpus();
  timeCorpus(article, documents);
  timeCorpus(markdown, documents);
  let articleMs = Infinity;
  let markdownMs = Infinity;
  const roundRatios: number[] = [];
  for (let round = 0; round < CORPUS_ROUNDS; round++) {
    // ABBA: each grammar runs first in every other round, so that neither always follows the other.
    const articleFirst = round % 2 === 0;
    const first = timeCorpus(articleFirst ? article : markdown, documents);
    const second = timeCorpus(articleFirst ? markdown : article, documents);
    const [a, m] = articleFirst ? [first, second] : [second, first];
    articleMs = Math.min(articleMs, a);
    markdownMs = Math.min(markdownMs, m);
    roundRatios.push(a / m);
  }
  const tokensOf = (grammar: IGrammar): number => documents.reduce((n, doc) => n + tokenizeDocument(grammar, doc), 0);
  const ratio = articleMs / markdownMs;
  const sorted = [...roundRatios].sort((x, y) => x - y);
  const medianRatio = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
  const fixture = adversarialLines(ADVERSARIAL_LINE_LENGTH);
  const underLimit = adversarialLines(LONG_LINE - 1);
  const kb = (characters * REPEATS) / 1024;
  const speed = (ms: number): string => `${((kb / 1024) / (ms / 1000)).toFixed(1)} MiB/s`;
  return [
    `Grammar: ${documents.length} Wikinews articles ×${REPEATS} (${kb.toFixed(0)} KiB), vscode-textmate + vscode-oniguruma, CPU time, best of ${CORPUS_ROUNDS} interleaved rounds (ABBA)`,
    `  Article grammar:  ${articleMs.toFixed(1)} ms (${speed(articleMs)}; ${tokensOf(article)} tokens per pass)`,
    `  Markdown grammar: ${markdownMs.toFixed(1)} ms (${speed(markdownMs)}; ${tokensOf(markdown)} tokens per pass)`,
    `  ratio Article/Markdown: ${ratio.toFixed(2)} (median of the ${CORPUS_ROUNDS} rounds' ratios ${medianRatio.toFixed(2)}, range ${sorted[0].toFixed(2)}–${sorted[sorted.length - 1].toFixed(2)}) — ${ratio <= 1 && medianRatio <= 1 ? 'OK, not slower than Markdown' : 'OVER BUDGET: slower than Markdown'}`,
    `  adversarial fixture (${ADVERSARIAL_UNITS.length} runs of ${ADVERSARIAL_LINE_LENGTH} chars; plain from ${LONG_LINE} chars on), CPU time per line, best of ${ROUNDS}:`,
    `    Article:  ${describe(slowestLine(article, fixture.lines, fixture.unitOf))}`,
    `    Markdown: ${describe(slowestLine(markdown, fixture.lines, fixture.unitOf))}`,
    `  the same runs cut to ${LONG_LINE - 1} chars (the longest lines that get every rule):`,
    `    Article:  ${describe(slowestLine(article, underLimit.lines, underLimit.unitOf))}`,
  ];
}
