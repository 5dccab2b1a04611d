/**
 * The command line: `article-lens analyze FILE… [--json]`.
 * One JSON document per file (JSON Lines for several) with --json, else a readable outline.
 * Bad files get a message on stderr and a non-zero exit; the other files are still analysed.
 */
import { analyze } from '../core';
import { toJson } from '../core/serialize';
import { readArticle } from './readArticle';
import { formatOutline } from './outline';

const USAGE = `Usage: article-lens analyze FILE... [--json]

Finds the quotations, statements and speakers of news articles.
  --json     one JSON document per file on stdout (JSON Lines for several files)
  --help     show this help`;

/** Runs the CLI with the given arguments; returns the exit code. */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
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
  let failures = 0;
  for (const file of files) {
    const read = readArticle(file);
    if (!read.ok) {
      err(`article-lens: ${file}: ${read.error}`);
      failures++;
      continue;
    }
    const analysis = analyze(read.text);
    out(flags.has('--json') ? JSON.stringify(toJson(analysis, files.length > 1 ? file : undefined)) : formatOutline(file, analysis));
  }
  return failures ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}
