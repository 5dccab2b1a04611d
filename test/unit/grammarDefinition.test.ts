/**
 * The Article language's definition files: the grammar JSON (generated, scoped, compilable), the language
 * configuration, and their contributions in package.json.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../src/extension/semanticTokenSpans';
import { loadArticleGrammar, projectRoot } from './grammarTokenizer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildGrammar } = require('../../scripts/buildGrammar.js') as { buildGrammar: () => string };

const root = projectRoot();
const readJson = (file: string): any => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const grammarFile = 'syntaxes/article.tmLanguage.json';

/** Every object of the grammar, depth first. */
function walk(node: unknown, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

function regexesOf(grammar: unknown): string[] {
  const found: string[] = [];
  walk(grammar, (obj) => {
    for (const key of ['match', 'begin', 'end', 'while']) if (typeof obj[key] === 'string') found.push(obj[key] as string);
  });
  return found;
}

suite('Article language definition', () => {
  test('the grammar JSON is what scripts/buildGrammar.js builds (edit the script, then run it)', () => {
    assert.ok(buildGrammar() === fs.readFileSync(path.join(root, grammarFile), 'utf8'), 'syntaxes/article.tmLanguage.json is stale: run node scripts/buildGrammar.js');
  });

  test('every scope ends in .article and starts from a standard TextMate family', () => {
    const families = /^(string|punctuation|entity|keyword|constant|markup|meta|comment)\./;
    const scopes = new Set<string>();
    walk(readJson(grammarFile), (obj) => {
      for (const key of ['name', 'contentName']) if (typeof obj[key] === 'string') (obj[key] as string).split(' ').forEach((s) => scopes.add(s));
    });
    scopes.delete('Article'); // the grammar's display name
    assert.ok(scopes.size > 20, `only ${scopes.size} scopes found`);
    for (const scope of scopes) {
      assert.match(scope, /\.article$/, scope);
      assert.match(scope, families, scope);
    }
  });

  test('every regex compiles in Oniguruma and has no "{n,m}+" (a nested quantifier in Ruby syntax, not a possessive one)', async () => {
    await loadArticleGrammar(); // loads the WASM engine
    const regexes = regexesOf(readJson(grammarFile));
    assert.ok(regexes.length > 20);
    for (const regex of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([regex]).dispose(), `does not compile: ${regex.slice(0, 120)}`);
      assert.ok(!/\}[+*]/.test(regex.replace(/\\./g, '')), `nested quantifier after {n,m}: ${regex.slice(0, 120)}`);
    }
  });

  test('package.json contributes the language, the grammar and the semantic token fallbacks', () => {
    const contributes = readJson('package.json').contributes;
    const language = contributes.languages.find((l: { id: string }) => l.id === 'article');
    assert.ok(language, 'no language "article"');
    assert.deepStrictEqual(language.aliases, ['Article', 'News Article']);
    assert.deepStrictEqual([...language.extensions].sort(), ['.article', '.news']);
    assert.ok(fs.existsSync(path.join(root, language.configuration)), language.configuration);
    const grammar = contributes.grammars.find((g: { language: string }) => g.language === 'article');
    assert.strictEqual(grammar.scopeName, readJson(grammarFile).scopeName);
    assert.strictEqual(grammar.scopeName, 'text.article');
    assert.ok(fs.existsSync(path.join(root, grammar.path)), grammar.path);
    const declared = new Set(contributes.semanticTokenModifiers.map((m: { id: string }) => m.id));
    for (const modifier of TOKEN_MODIFIERS) assert.ok(declared.has(modifier), `modifier ${modifier} not declared`);
    const mapping = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'article').scopes as Record<string, string[]>;
    for (const [selector, scopes] of Object.entries(mapping)) {
      const [type, ...modifiers] = selector.split('.');
      assert.ok((TOKEN_TYPES as readonly string[]).includes(type), selector);
      for (const m of modifiers) assert.ok(declared.has(m), `${selector}: undeclared modifier`);
      for (const scope of scopes) assert.match(scope, /\.article$/);
    }
  });

  test('language configuration: pairs, no comment tokens, whole words and numbers', () => {
    const config = readJson('syntaxes/language-configuration.json');
    assert.strictEqual(config.comments, undefined);
    const pairs = (list: Array<{ open: string; close: string } | string[]>) => list.map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close));
    for (const pair of ['""', '“”', '‘’', '«»', '()', '[]']) {
      assert.ok(pairs(config.autoClosingPairs).includes(pair), `auto-closing ${pair}`);
      assert.ok(pairs(config.surroundingPairs).includes(pair), `surrounding ${pair}`);
    }
    const word = new RegExp(config.wordPattern.pattern, `g${config.wordPattern.flags}`);
    const words = 'About 3,500 warheads, 2.5 percent, a well-known, it’s the nations’ 16th-century São Paulo don\'t'.match(word);
    for (const whole of ['3,500', '2.5', 'well-known', 'it’s', '16th-century', 'São', "don't"]) assert.ok(words?.includes(whole), `${whole} in ${JSON.stringify(words)}`);
    assert.ok(!''.match(word), 'the word pattern must not match the empty string');
  });
});
