import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Analysis, type Speaker, type Statement } from '../../src/core';
import { escapeMarkdown, explainAt } from '../../src/core/explain';
import type { KnowledgeEntry } from '../../src/core/knowledge/types';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/genoa-summit-2001.article'), 'utf8');
const dated = `---\ndate: 2001-07-22\n---\n${seed}`;
/** Like VS Code's hover renderer: no raw HTML, bare URLs become links. (markdown-it ships without types.) */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(src: string): string };
const md = new MarkdownIt({ html: false, linkify: true });

function hover(text: string, needle: string, analysis = analyze(text), glossary: KnowledgeEntry[] = []) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return explainAt(text, analysis, at + 1, { glossary });
}

suite('explain: terms', () => {
  test('ABM in a July 2001 article: in force since 1972; withdrawal announced December 2001, effective June 2002, after the article', () => {
    const h = hover(dated, 'Anti-Ballistic');
    assert.ok(h);
    assert.strictEqual(dated.slice(h.span.start, h.span.end), 'Anti-Ballistic Missile Treaty');
    const text = md.render(h.markdown);
    assert.match(text, /In force since October 3, 1972/);
    assert.match(text, /announced its withdrawal on December 13, 2001, effective June 13, 2002 — after this article/);
  });

  test('the same ABM hover in a 2005 article says it is no longer in force', () => {
    const text = `---\ndate: 2005-01-10\n---\nHeadline\n\nOfficials recalled the ABM treaty.`;
    assert.match(md.render(hover(text, 'ABM treaty')?.markdown ?? ''), /No longer in force/);
  });

  test('START II in 2001: signed, not in force; Kyoto in 2001: adopted, not yet in force', () => {
    assert.match(md.render(hover(dated, 'START II')?.markdown ?? ''), /Signed on January 3, 1993; not in force/);
    assert.match(md.render(hover(dated, 'Kyoto')?.markdown ?? ''), /Adopted on December 11, 1997; not yet in force/);
  });

  test('an undated article says the status cannot be given', () => {
    assert.match(hover(seed, 'ABM treaty')?.markdown ?? '', /date is unknown/);
  });

  test('a glossary entry overrides the built-in one', () => {
    const g: KnowledgeEntry = { id: 'kyoto-protocol', name: 'Kyoto (newsroom note)', kind: 'protocol', aliases: ['Kyoto {topic?} {agreement}'], summary: 'Use the full name on first mention.' };
    const h = hover(dated, 'Kyoto', undefined, [g]);
    assert.match(h?.markdown ?? '', /newsroom note/);
    assert.match(h?.markdown ?? '', /from your glossary/);
  });
});

suite('explain: figures', () => {
  test('about 7,000: what it counts and the changes to the others', () => {
    const text = md.render(hover(dated, '7,000')?.markdown ?? '');
    assert.match(text, /strategic nuclear weapons/);
    assert.match(text, /START II\): −50% to −57%/);
    assert.match(text, /−79%/);
  });

  test('between 3,000 and 3,500 agrees with START II; 2,000 to 2,500 matches the 1997 START III framework', () => {
    assert.match(md.render(hover(dated, 'between 3,000')?.markdown ?? ''), /START II sets 3,000–3,500 deployed strategic nuclear warheads .*the article agrees/);
    assert.match(md.render(hover(dated, '2,000 to')?.markdown ?? ''), /START III framework \(March 21, 1997\)/);
  });

  test('1,500 is Putin\'s; 1972 matches the ABM Treaty\'s signing; 16th century is 402–501 years before', () => {
    assert.match(md.render(hover(dated, '1,500')?.markdown ?? ''), /Stated by Vladimir Putin/);
    assert.match(md.render(hover(dated, '1972')?.markdown ?? ''), /29 years before this article.*ABM Treaty: signed May 26, 1972/s);
    assert.match(md.render(hover(dated, '16th century')?.markdown ?? ''), /402–501 years before this article/);
  });
});

function fakeAnalysis(text: string, speaker: Partial<Speaker>, statement: Partial<Statement>): Analysis {
  const base = analyze('');
  const sp: Speaker = { id: 'sp1', name: 'Condoleezza Rice', aliases: ['Rice'], role: "Bush's national security adviser", kind: 'person', statementCount: 2, mentions: [], ...speaker };
  const st: Statement = { id: 'st1', kind: 'direct', text: '', speakerId: 'sp1', speakerMention: null, cue: null, start: 0, end: 0, ...statement };
  return { ...base, length: text.length, speakers: [sp], statements: [st] };
}

suite('explain: speakers and statements', () => {
  const text = '"We expect to move quickly," she told reporters.';
  const she = text.indexOf('she');
  const analysis = fakeAnalysis(text, { mentions: [{ start: she, end: she + 3, text: 'she' }] }, { start: 1, end: 26, text: 'We expect to move quickly,', cue: { start: she + 4, end: she + 8, text: 'told', lemma: 'tell' }, speakerMention: { start: she, end: she + 3, text: 'she' } });

  test('"she" resolves to Condoleezza Rice, with role and statement count', () => {
    const h = explainAt(text, analysis, she + 1);
    const html = md.render(h?.markdown ?? '');
    assert.match(html, /“she” refers to <strong>Condoleezza Rice<\/strong>/);
    assert.match(html, /Role: Bush's national security adviser/);
    assert.match(html, /2 statements/);
  });

  test('inside the quotation: a direct quotation, its speaker and cue', () => {
    const html = md.render(explainAt(text, analysis, 5)?.markdown ?? '');
    assert.match(html, /Direct quotation/);
    assert.match(html, /Condoleezza Rice/);
    assert.match(html, /Cue: “told”/);
  });
});

suite('explain: escaping', () => {
  const crafted = [
    '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <b>bold</b> https://evil.example/x www.evil.example',
    '![pic](https://evil.example/p.png) `code` *em* # heading &lt;script&gt; $(zap) | a | b |',
  ].join('\n');

  test('escapeMarkdown leaves nothing that renders as a link, image, HTML or formatting', () => {
    const html = md.render(escapeMarkdown(crafted));
    assert.doesNotMatch(html, /<a |<img|<b>|<em>|<code>|<h1|<script|<table/);
    assert.match(html, /command:workbench/, 'the text itself is still shown');
    assert.match(html, /&lt;img src=x/);
  });

  test('a crafted article cannot inject links, images or HTML into any hover', () => {
    const article = `---\ndate: 2001-07-22\n---\nHeadline\n\n"${crafted}," said [Evil](command:x) <i>Smith</i>. The ABM treaty [x](https://e.vil) has 7,000 [warheads](command:y) <b>now</b>.`;
    const analysis = analyze(article);
    for (let offset = 0; offset < article.length; offset += 3) {
      const h = explainAt(article, analysis, offset, { glossary: [{ id: 'evil', name: '<img src=x>[n](command:z)', kind: 'other', aliases: ['ABM treaty'], summary: '[s](command:s) <b>x</b>', references: [{ id: 'r', title: '[t](command:t)', url: 'command:evil' }] }] });
      if (!h) continue;
      const html = md.render(h.markdown);
      const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
      for (const href of links) assert.match(href, /^https:\/\/en\.wikipedia\.org\//, `unexpected link ${href} at ${offset}`);
      assert.doesNotMatch(html, /<img|<b>|<i>|<script/, `HTML at ${offset}`);
    }
  });
});
