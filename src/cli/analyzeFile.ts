import { analyze } from '../core';
import { toJson } from '../core/serialize';
import { readArticle } from './readArticle';
import { formatOutline } from './outline';

/** The CLI's answer for one file: a line for stdout, or a message for stderr. */
export interface FileResult {
  readonly ok: boolean;
  readonly output: string;
}

export interface FileFormat {
  /** One JSON document instead of the readable outline. */
  readonly json: boolean;
  /** Put the file name in the JSON document (several files: JSON Lines, one per file). */
  readonly named: boolean;
}

/**
 * Reads and analyses one file. Never throws: an unreadable file or an engine failure becomes an error
 * result, so one bad file never stops a batch of thousands.
 */
export function analyzeFile(file: string, format: FileFormat): FileResult {
  const read = readArticle(file);
  if (!read.ok) return { ok: false, output: `article-lens: ${file}: ${read.error}` };
  try {
    const analysis = analyze(read.text);
    const output = format.json ? JSON.stringify(toJson(analysis, format.named ? file : undefined)) : formatOutline(file, analysis);
    return { ok: true, output };
  } catch (e) {
    return { ok: false, output: `article-lens: ${file}: internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}
