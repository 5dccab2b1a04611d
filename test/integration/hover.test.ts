// Hovers in a real extension host on the seed (workspace folder: samples/): treaties, figures, speakers,
// the user glossary (override and malformed-file diagnostic) and untrusted Markdown.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { eventually, SAMPLES } from './speakersSupport';

const SEED = path.join(SAMPLES, 'genoa-summit-2001.article');
const GLOSSARY = path.join(SAMPLES, '.article-glossary.json');

interface HoverResult { readonly text: string; readonly trusted: boolean; readonly html: boolean }

/** The hover at the middle of the nth occurrence of `words`, Markdown escapes removed. */
async function hoverAt(document: vscode.TextDocument, words: string, nth = 0, at?: number): Promise<HoverResult> {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = document.getText().indexOf(words, offset + 1);
  assert.ok(offset >= 0, `the text no longer contains ${JSON.stringify(words)}`);
  const position = document.positionAt(offset + (at ?? Math.floor(words.length / 2)));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const contents = (hovers ?? []).flatMap((h) => h.contents);
  const md = contents.filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  const raw = contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
  return { text: raw.replace(/\\(.)/g, '$1'), trusted: md.some((m) => m.isTrusted === true), html: md.some((m) => m.supportHtml === true) };
}

suite('Hovers that explain', () => {
  let seed: vscode.TextDocument;

  suiteSetup(async () => {
    seed = await vscode.workspace.openTextDocument(SEED);
    await vscode.window.showTextDocument(seed);
  });

  suiteTeardown(() => {
    if (fs.existsSync(GLOSSARY)) fs.unlinkSync(GLOSSARY);
  });

  const treaties: [string, number, RegExp][] = [
    ['Anti-Ballistic Missile Treaty', 0, /ABM Treaty[\s\S]*May 26, 1972/],
    ['ABM treaty', 0, /ABM Treaty[\s\S]*October 3, 1972/],
    ['ABM,', 0, /ABM Treaty/],
    ['START II', 0, /START II[\s\S]*3,000–3,500/],
    ['Kyoto', 0, /Kyoto Protocol[\s\S]*December 11, 1997/],
  ];
  for (const [words, nth, expected] of treaties) {
    test(`treaty: ${words}`, async () => {
      const h = await hoverAt(seed, words, nth);
      assert.match(h.text, expected);
      assert.ok(!h.trusted && !h.html, 'hover Markdown must be untrusted, without HTML');
    });
  }

  const figures: [string, RegExp][] = [
    ['7,000', /7,000 strategic nuclear weapons[\s\S]*−50% to −57%[\s\S]*−79%/],
    ['3,000 and 3,500', /3,000–3,500[\s\S]*START II sets 3,000–3,500[\s\S]*agrees/],
    ['2,000 to 2,500', /2,000–2,500[\s\S]*START III framework/],
    ['1,500', /1,500 warheads each[\s\S]*Vladimir Putin/],
    ['1972', /year[\s\S]*ABM Treaty: signed May 26, 1972/],
    ['1997', /1997[\s\S]*year/],
    ['16th century', /1500–1599/],
  ];
  for (const [words, expected] of figures) test(`figure: ${words}`, async () => assert.match((await hoverAt(seed, words)).text, expected));

  test('speaker: Bush', async () => assert.match((await hoverAt(seed, 'Bush said', 0, 1)).text, /Bush[\s\S]*statements? in this article/));

  test('speaker: "she" → Condoleezza Rice', async () => assert.match((await hoverAt(seed, 'she told', 0, 1)).text, /refers to[\s\S]*Condoleezza Rice/));

  test('a workspace glossary overrides a built-in entry, and is re-read when it changes', async () => {
    const entry = { id: 'kyoto-protocol', name: 'Kyoto (glossary test)', kind: 'protocol', aliases: ['Kyoto {topic?} {agreement}'], summary: 'Overridden by the workspace glossary.' };
    fs.writeFileSync(GLOSSARY, JSON.stringify({ entries: [entry] }, null, 2));
    try {
      const h = await eventually(() => hoverAt(seed, 'Kyoto'), (v) => /glossary test/.test(v.text));
      assert.match(h.text, /Kyoto \(glossary test\)[\s\S]*from your glossary/);
    } finally {
      fs.unlinkSync(GLOSSARY);
    }
    const back = await eventually(() => hoverAt(seed, 'Kyoto'), (v) => !/glossary test/.test(v.text));
    assert.match(back.text, /Kyoto Protocol/);
  });

  test('a malformed glossary gets a diagnostic on its file, and built-in hovers keep working', async () => {
    fs.writeFileSync(GLOSSARY, '{ "entries": [ { "id": "x", ');
    try {
      const uri = vscode.Uri.file(GLOSSARY);
      const diagnostics = await eventually(() => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Article Lens glossary'), (d) => d.length > 0);
      assert.ok(diagnostics.length > 0, 'no diagnostic on the malformed glossary');
      assert.match(diagnostics[0].message, /Invalid JSON/);
      assert.match((await hoverAt(seed, 'START II')).text, /START II/);
    } finally {
      fs.unlinkSync(GLOSSARY);
    }
  });
});
