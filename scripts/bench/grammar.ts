/**
 * Grammar benchmark: tokenizes the 24 Wikinews articles ×10 with the Article grammar and, in the same run,
 * with VS Code's Markdown grammar (from the tm-grammars package), both through vscode-textmate +
 * vscode-oniguruma; then times every line of the adversarial fixture. Budget: Article no slower than
 * Markdown, and no adversarial line over 10 ms.
 */
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { ADVERSARIAL_LINE_LENGTH, ADVERSARIAL_UNITS, adversarialText } from '../../test/fixtures/grammar/adversarial';
import { loadArticleGrammar, loadGrammar, projectRoot, splitLines } from '../../test/unit/grammarTokenizer';

const REPEATS = 10;
const ROUNDS = 3;
const LINE_BUDGET_MS = 10;

/** Tokenizes one document, line by line, from a fresh state. */
function tokenizeDocument(grammar: IGrammar, lines: readonly string[]): void {
  let stack = INITIAL;
  for (const line of lines) stack = grammar.tokenizeLine(line, stack).ruleStack;
}

/** CPU milliseconds of this process since `start` (immune to other processes taking the machine). */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
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
  readonly index: number;
  readonly length: number;
  readonly ms: number;
  readonly totalMs: number;
  readonly overBudget: number;
  readonly tokensPerMs: number;
}

/** The slowest line of the adversarial fixture (best of `ROUNDS` per line, state carried as in an editor). */
function slowestAdversarialLine(grammar: IGrammar): LineTimes {
  const lines = splitLines(adversarialText());
  const best = lines.map(() => Infinity);
  const tokens = lines.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    let stack = INITIAL;
    lines.forEach((line, i) => {
      const started = performance.now();
      const result = grammar.tokenizeLine(line, stack);
      best[i] = Math.min(best[i], performance.now() - started);
      stack = result.ruleStack;
      tokens[i] = result.tokens.length;
    });
  }
  const index = best.indexOf(Math.max(...best));
  return {
    index,
    length: lines[index].length,
    ms: best[index],
    totalMs: best.reduce((a, b) => a + b, 0),
    overBudget: best.filter((ms) => ms > LINE_BUDGET_MS).length,
    tokensPerMs: tokens[index] / best[index],
  };
}

export async function benchGrammar(): Promise<string[]> {
  const article = await loadArticleGrammar();
  const markdown = await loadGrammar(require.resolve('tm-grammars/grammars/markdown.json'));
  const { documents, characters } = loadCorpus();
  timeCorpus(article, documents);
  timeCorpus(markdown, documents);
  let articleMs = Infinity;
  let markdownMs = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    articleMs = Math.min(articleMs, timeCorpus(article, documents));
    markdownMs = Math.min(markdownMs, timeCorpus(markdown, documents));
  }
  const ratio = articleMs / markdownMs;
  const slowest = slowestAdversarialLine(article);
  const markdownSlowest = slowestAdversarialLine(markdown);
  const kb = (characters * REPEATS) / 1024;
  return [
    `Grammar: ${documents.length} Wikinews articles ×${REPEATS} (${kb.toFixed(0)} KiB), vscode-textmate + vscode-oniguruma, CPU time, best of ${ROUNDS} alternating rounds`,
    `  Article grammar:  ${articleMs.toFixed(1)} ms (${((kb / 1024) / (articleMs / 1000)).toFixed(1)} MiB/s)`,
    `  Markdown grammar: ${markdownMs.toFixed(1)} ms (${((kb / 1024) / (markdownMs / 1000)).toFixed(1)} MiB/s)`,
    `  ratio Article/Markdown: ${ratio.toFixed(2)} — ${ratio <= 1 ? 'OK, not slower than Markdown' : 'OVER BUDGET: slower than Markdown'}`,
    `  adversarial fixture (${ADVERSARIAL_UNITS.length} lines of ${ADVERSARIAL_LINE_LENGTH} chars, best of ${ROUNDS}, wall clock):`,
    `    Article:  slowest line ${slowest.index + 1} ${slowest.ms.toFixed(1)} ms (${slowest.tokensPerMs.toFixed(0)} tokens/ms), ${slowest.overBudget} lines over ${LINE_BUDGET_MS} ms — ${slowest.ms <= LINE_BUDGET_MS ? 'OK' : 'OVER BUDGET'}; all lines ${slowest.totalMs.toFixed(0)} ms`,
    `    Markdown: slowest line ${markdownSlowest.index + 1} ${markdownSlowest.ms.toFixed(1)} ms, ${markdownSlowest.overBudget} lines over ${LINE_BUDGET_MS} ms; all lines ${markdownSlowest.totalMs.toFixed(0)} ms`,
  ];
}
