/**
 * The command line: `article-lens analyze FILE… [--json]`.
 * One JSON document per file (JSON Lines for several) with --json, else a readable outline.
 * Bad files get a message on stderr and a non-zero exit; the other files are still analysed.
 * `--jobs N` spreads many files over N worker threads (batch.ts); the output is the same, in the same order.
 */
import { analyzeFile } from './analyzeFile';
import { runBatch, takeJobsOption } from './batch';

const USAGE = `Usage: article-lens analyze FILE... [--json] [--jobs [N]]

Finds the quotations, statements and speakers of news articles.
  --json     one JSON document per file on stdout (JSON Lines for several files)
  --jobs N   analyse the files on N threads (--jobs alone: every core)
  --help     show this help`;

/** Runs the CLI with the given arguments; returns the exit code (a promise of it with --jobs). */
export function run(allArgs: readonly string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  const jobs = takeJobsOption(allArgs);
  if (jobs.error) {
    err(`article-lens: ${jobs.error}\n${USAGE}`);
    return 2;
  }
  const argv = jobs.rest;
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--help') || args.length === 0) {
    (args.length === 0 && !flags.has('--help') ? err : out)(USAGE);
    return args.length === 0 && !flags.has('--help') ? 2 : 0;
  }
  const unknown = [...flags].filter((f) => f !== '--json');
  if (unknown.length) {
    err(`article-lens: unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const [command, ...files] = args;
  if (command !== 'analyze') {
    err(`article-lens: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    err(`article-lens: no file given\n${USAGE}`);
    return 2;
  }
  const format = { json: flags.has('--json'), named: files.length > 1 };
  if (jobs.jobs !== null) return runBatch(files, format, jobs.jobs, out, err);
  let failures = 0;
  for (const file of files) {
    const result = analyzeFile(file, format);
    if (!result.ok) failures++;
    (result.ok ? out : err)(result.output);
  }
  return failures ? 1 : 0;
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do, instead of crashing.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });
  void Promise.resolve(run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'))).then((code) => {
    process.exitCode = code;
  });
}
