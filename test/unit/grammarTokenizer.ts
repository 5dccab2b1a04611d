/**
 * Tokenizes text with the same engine VS Code uses (vscode-textmate + vscode-oniguruma), for the grammar
 * tests and the grammar benchmark. No VS Code needed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** A token of one line: its text, columns and scopes (the root scope included). */
export interface LineToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

/** The folder holding package.json, found upwards from this bundle (dist/test/unit or dist/). */
export function projectRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'syntaxes'))) return dir;
  }
  return process.cwd();
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** Loads a grammar from a JSON file; grammars it includes but that are not given stay unresolved. */
export async function loadGrammar(file: string): Promise<vsctm.IGrammar> {
  const raw = fs.readFileSync(file, 'utf8');
  const scopeName = (JSON.parse(raw) as { scopeName: string }).scopeName;
  const registry = new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scope) => (scope === scopeName ? vsctm.parseRawGrammar(raw, file) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`cannot load grammar ${file}`);
  return grammar;
}

/** The Article grammar of this project. */
export function loadArticleGrammar(): Promise<vsctm.IGrammar> {
  return loadGrammar(path.join(projectRoot(), 'syntaxes', 'article.tmLanguage.json'));
}

/** Splits text into lines the way an editor does (LF or CRLF). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Tokenizes every line of a text, carrying the rule stack from line to line. */
export function tokenizeText(grammar: vsctm.IGrammar, text: string): LineToken[][] {
  let stack = vsctm.INITIAL;
  return splitLines(text).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}
