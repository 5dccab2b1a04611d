import * as fs from 'fs';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/** Reads an article file as UTF-8 text, refusing what is not one (missing, directory, binary, empty). */
export function readArticle(file: string): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})` };
  }
  if (stat.isDirectory()) return { ok: false, error: 'is a directory, not an article file' };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, error: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes.length === 0) return { ok: false, error: 'is empty' };
  // Binary files: NUL bytes in the first 8 KB, as git and grep decide.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: 'looks binary (contains NUL bytes), not a text article' };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: 'is empty (only whitespace)' };
  return { ok: true, text };
}
