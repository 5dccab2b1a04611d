import * as assert from 'assert';
import { csvCell, exportStatements, markdownText, toCsv } from '../../src/core/export/formats';
import { lineFinder, statementRecords, summaryText } from '../../src/core/export/records';
import { EXCERPT, excerptAnalysis } from './extFixture';

/** A minimal RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

suite('Export statements', () => {
  const analysis = excerptAnalysis();
  const source = { name: 'excerpt.article', text: EXCERPT, analysis };

  test('JSON holds every statement in reading order with speaker, role, cue and line', () => {
    const json = JSON.parse(exportStatements('json', source));
    assert.strictEqual(json.source, 'excerpt.article');
    assert.strictEqual(json.statements.length, 6);
    const rice = json.statements.find((s: { text: string }) => s.text === 'We expect to move quickly,');
    assert.deepStrictEqual([rice.speaker, rice.role, rice.cue, rice.speakerMention, rice.kind, rice.line], ['Condoleezza Rice', "Bush's national security adviser", 'told reporters', 'she', 'direct', 7]);
    assert.deepStrictEqual(json.speakers.map((s: { name: string; statements: number }) => [s.name, s.statements]), [['Bush', 1], ['Condoleezza Rice', 2], ['Vladimir Putin', 2]]);
    const starts = json.statements.map((s: { start: number }) => s.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
    assert.strictEqual(EXCERPT.slice(rice.start, rice.end), rice.text);
  });

  test('CSV has a header, one row per statement, CRLF ends, and round-trips commas and quotes', () => {
    const csv = exportStatements('csv', source);
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.deepStrictEqual(rows[0], ['speaker', 'role', 'kind', 'text', 'cue', 'speakerMention', 'line', 'start', 'end', 'id']);
    assert.strictEqual(rows.length, 7);
    assert.deepStrictEqual(rows[1].slice(0, 5), ['Bush', '', 'direct', 'The two go hand in hand,', 'said']);
    assert.strictEqual(rows[6][0], '', 'the unattributed statement has an empty speaker');
  });

  test('CSV cells: quotes doubled, line breaks kept inside quotes, formulas defused', () => {
    assert.strictEqual(csvCell('He said "no", twice'), '"He said ""no"", twice"');
    assert.strictEqual(csvCell('two\nlines'), '"two\nlines"');
    assert.strictEqual(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.strictEqual(csvCell('-- which'), "'-- which");
    assert.strictEqual(csvCell(null), '');
    assert.strictEqual(csvCell(42), '42');
    assert.strictEqual(parseCsv(toCsv([]))[0].length, 10);
  });

  test('Markdown groups statements under each speaker, unattributed last, in the view order', () => {
    const md = exportStatements('markdown', { ...source, sort: 'count' });
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    assert.deepStrictEqual(headings, ['## Vladimir Putin', '## Condoleezza Rice', '## Bush', '## Unattributed']);
    assert.match(md, /^- “We expect to move quickly,” — told reporters \(direct, line 7\)$/m);
    assert.match(md, /^- neither country is ready to discuss details — cautioned \(indirect, line 9\)$/m);
    assert.match(md, /^\*Bush's national security adviser\*$/m);
    assert.match(md, /^6 statements from excerpt\.article\.$/m);
  });

  test('Markdown escapes the article text so it shows as written', () => {
    assert.strictEqual(markdownText('a *bold* [link](x) <b> #1 _x_ | ~ & \\'), 'a \\*bold\\* \\[link\\](x) \\<b\\> \\#1 \\_x\\_ \\| \\~ \\& \\\\');
    assert.strictEqual(markdownText('  two\n lines '), 'two lines');
  });

  test('line numbers count LF, CRLF and lone CR line ends', () => {
    const lineOf = lineFinder('a\nb\r\nc\rd');
    assert.deepStrictEqual([0, 1, 2, 3, 5, 6, 7, 8].map(lineOf), [1, 1, 2, 2, 3, 3, 4, 4]);
  });

  test('records carry the statement words exactly as in the text', () => {
    for (const record of statementRecords(analysis, EXCERPT)) assert.strictEqual(EXCERPT.slice(record.start, record.end), record.text);
  });

  test('the summary counts statements and the speakers who have one', () => {
    assert.strictEqual(summaryText(analysis), '6 statements · 3 speakers');
  });
});
