/**
 * `npm run eval`: scores the engine on the annotated articles kept in the project, as
 * ../shared/tools/score.py scores the CLI. Sets: dev (test/fixtures/gold, from the shared dev gold), own
 * (test/fixtures/gold-extra, annotated for this project), blind (test/fixtures/gold-blind, annotated without
 * seeing the engine's output, though rules were later drawn from reading the engine on some of its articles) and
 * holdout (test/fixtures/gold-holdout, annotated blind and never used for development: measure on it, never tune
 * against it) and dev2 (test/fixtures/gold-dev2 on test/fixtures/wikinews-dev2:
 * eight more such articles, annotated blind, a development set) and dev3 (test/fixtures/gold-dev3 on
 * test/fixtures/wikinews-dev3: ten more, annotated blind, a development set) and dev4 (test/fixtures/gold-dev4 on
 * test/fixtures/wikinews-dev4: ten more, annotated blind, a development set) and dev5 (test/fixtures/gold-dev5 on
 * test/fixtures/wikinews-dev5: eight more, annotated blind, a development set) and dev6 (test/fixtures/gold-dev6 on
 * test/fixtures/wikinews-dev6: fourteen more, annotated blind; the measure-only "fresh" set of the second session,
 * made a development set in the third) and dev7 (test/fixtures/gold-dev7 on test/fixtures/wikinews-dev7: ten more,
 * annotated blind in the third session, used to check whether rules carry over) and dev8 (test/fixtures/gold-dev8 on
 * test/fixtures/wikinews-dev8: twelve more, annotated blind in the third session, a development set) and dev9 (test/fixtures/gold-dev9 on
 * test/fixtures/wikinews-dev9: twelve more, likewise) and dev10 … dev19 (twelve more each, dev19 six, annotated blind in the fourth
 * session, development sets), dev20 and dev21 (ten each, annotated blind in the eleventh session, development sets) and unseen (test/fixtures/gold-unseen
 * on test/fixtures/wikinews-unseen: fourteen articles annotated blind in the third session; MEASURE ONLY, never tune) and
 * unseen2 (test/fixtures/gold-unseen2: eleven more, annotated blind in the eleventh session; MEASURE ONLY, never tune). Flags: --verbose (misses, extras, wrong speakers per article), --set NAME, --json (summary only, machine-readable),
 * --gold DIR --articles DIR[:DIR…] (a corpus kept outside the project, e.g. PolNeAR: see docs/ACCURACY.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core';
import { toJson } from '../src/core/serialize';
import { scoreArticle, summarize, type Gold, type Group, type Summary } from './score';

/** The project folder: the nearest folder above this script holding package.json (works from dist/ too). */
function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const ROOT = findRoot();
/** dev: the shared dev gold; own: annotated for this project; blind: a held-out set, for measuring only. */
export const SETS: Record<string, string> = { dev: 'test/fixtures/gold', own: 'test/fixtures/gold-extra', blind: 'test/fixtures/gold-blind', holdout: 'test/fixtures/gold-holdout', dev2: 'test/fixtures/gold-dev2', dev3: 'test/fixtures/gold-dev3', dev4: 'test/fixtures/gold-dev4', dev5: 'test/fixtures/gold-dev5', dev6: 'test/fixtures/gold-dev6', dev7: 'test/fixtures/gold-dev7', dev8: 'test/fixtures/gold-dev8', dev9: 'test/fixtures/gold-dev9', dev10: 'test/fixtures/gold-dev10', dev11: 'test/fixtures/gold-dev11', dev12: 'test/fixtures/gold-dev12', dev13: 'test/fixtures/gold-dev13', dev14: 'test/fixtures/gold-dev14', dev15: 'test/fixtures/gold-dev15', dev16: 'test/fixtures/gold-dev16', dev17: 'test/fixtures/gold-dev17', dev18: 'test/fixtures/gold-dev18', dev19: 'test/fixtures/gold-dev19', dev20: 'test/fixtures/gold-dev20', dev21: 'test/fixtures/gold-dev21', unseen: 'test/fixtures/gold-unseen', unseen2: 'test/fixtures/gold-unseen2' };
/** Gold files name the seed by its corpus file name. */
const ARTICLE_ALIASES: Record<string, string> = { '000_00549d4466b3e2e4.txt': 'genoa-summit-2001.article' };
const ARTICLE_DIRS = ['test/fixtures/wikinews', 'test/fixtures/wikinews-dev2', 'test/fixtures/wikinews-dev3', 'test/fixtures/wikinews-dev4', 'test/fixtures/wikinews-dev5', 'test/fixtures/wikinews-dev6', 'test/fixtures/wikinews-dev7', 'test/fixtures/wikinews-dev8', 'test/fixtures/wikinews-dev9', 'test/fixtures/wikinews-dev10', 'test/fixtures/wikinews-dev11', 'test/fixtures/wikinews-dev12', 'test/fixtures/wikinews-dev13', 'test/fixtures/wikinews-dev14', 'test/fixtures/wikinews-dev15', 'test/fixtures/wikinews-dev16', 'test/fixtures/wikinews-dev17', 'test/fixtures/wikinews-dev18', 'test/fixtures/wikinews-dev19', 'test/fixtures/wikinews-dev20', 'test/fixtures/wikinews-dev21', 'test/fixtures/wikinews-unseen', 'test/fixtures/wikinews-unseen2', 'test/fixtures'];

function articlePath(name: string, articleDirs: string[]): string {
  const file = ARTICLE_ALIASES[name] ?? name;
  for (const dir of articleDirs) {
    const p = path.resolve(ROOT, dir, file);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`article not found: ${name}`);
}

/** Scores the gold files in `dir` (relative to the project or absolute); articles are looked up in `articleDirs`. */
export function evaluateSet(dir: string, log?: (s: string) => void, articleDirs = ARTICLE_DIRS): Record<Group, Summary> {
  const tot: Record<Group, { gold: number; pred: number; match: number; spk: number }> = { quote: { gold: 0, pred: 0, match: 0, spk: 0 }, indirect: { gold: 0, pred: 0, match: 0, spk: 0 } };
  const full = path.resolve(ROOT, dir);
  const files = fs.existsSync(full) ? fs.readdirSync(full).filter((f) => f.endsWith('.json')).sort() : [];
  for (const fn of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(full, fn), 'utf8')) as Gold;
    const text = fs.readFileSync(articlePath(gold.article, articleDirs), 'utf8');
    const pred = toJson(analyze(text)) as { statements: [] };
    const r = scoreArticle(text, gold, pred);
    for (const g of ['quote', 'indirect'] as Group[]) {
      for (const k of ['gold', 'pred', 'match', 'spk'] as const) tot[g][k] += r[g][k];
      if (!log) continue;
      log(`${fn.padEnd(22)} ${g.padEnd(8)} gold ${String(r[g].gold).padStart(3)} pred ${String(r[g].pred).padStart(3)} match ${String(r[g].match).padStart(3)} speaker-ok ${String(r[g].spk).padStart(3)}`);
      for (const x of r[g].misses) log(`    miss: ${x}`);
      for (const x of r[g].fps) log(`    extra: ${x}`);
      for (const x of r[g].wrong) log(`    speaker: ${JSON.stringify(x)}`);
    }
  }
  return { quote: summarize(tot.quote), indirect: summarize(tot.indirect) };
}

function line(g: string, s: Summary): string {
  const f = (x: number) => x.toFixed(3);
  return `${g.padEnd(8)} gold ${String(s.gold).padStart(4)} pred ${String(s.pred).padStart(4)} | span P ${f(s.P)} R ${f(s.R)} F1 ${f(s.F1)} | speaker acc ${f(s.speakerAcc)} | end-to-end F1 ${f(s.e2eF1)}`;
}

/** The two summary lines of a scored set (quotations, then indirect statements), for --set and --gold alike. */
function printSummary(s: Record<Group, Summary>): void {
  for (const g of ['quote', 'indirect'] as Group[]) console.log(line(g, s[g]));
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const setArg = argv.indexOf('--set');
  const goldArg = argv.indexOf('--gold');
  const out: Record<string, Record<Group, Summary>> = {};
  if (goldArg >= 0) {
    // An annotated corpus kept outside the project (e.g. PolNeAR converted by scripts/polnear/toGold.py):
    // --gold DIR --articles DIR[:DIR…]
    const articlesArg = argv.indexOf('--articles');
    const articleDirs = articlesArg >= 0 ? argv[articlesArg + 1].split(':') : [];
    out.external = evaluateSet(argv[goldArg + 1], verbose ? (s) => console.log(s) : undefined, articleDirs);
    if (argv.includes('--json')) console.log(JSON.stringify(out));
    else printSummary(out.external);
    return;
  }
  const names = setArg >= 0 ? [argv[setArg + 1]] : Object.keys(SETS);
  for (const name of names) {
    if (!SETS[name]) throw new Error(`unknown set ${name}`);
    if (!argv.includes('--json')) console.log(`== ${name} (${SETS[name]})`);
    out[name] = evaluateSet(SETS[name], verbose ? (s) => console.log(s) : undefined);
    if (!argv.includes('--json')) printSummary(out[name]);
  }
  if (argv.includes('--json')) console.log(JSON.stringify(out));
}

if (require.main === module) main(process.argv.slice(2));
