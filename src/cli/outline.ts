import type { Analysis } from '../core/types';

const KIND_MARK: Record<string, string> = { direct: '“”', mixed: '“…”', indirect: '~' };

/** A readable outline: the headline, then each speaker with their statements. */
export function formatOutline(file: string, analysis: Analysis): string {
  const lines: string[] = [];
  const headline = analysis.structure.headline?.text;
  lines.push(`${file}${headline ? ` — ${headline}` : ''}`);
  lines.push(`${analysis.statements.length} statements · ${analysis.speakers.length} speakers${analysis.date ? ` · ${analysis.date}` : ''}`);
  const groups: { title: string; ids: (string | null)[] }[] = analysis.speakers.map((s) => ({
    title: `${s.name}${s.role ? ` (${s.role})` : ''} — ${s.statementCount}`,
    ids: [s.id],
  }));
  if (analysis.statements.some((s) => s.speakerId === null)) groups.push({ title: 'Unattributed', ids: [null] });
  for (const g of groups) {
    const statements = analysis.statements.filter((s) => g.ids.includes(s.speakerId));
    if (statements.length === 0) continue;
    lines.push('', g.title);
    for (const s of statements) {
      const cue = s.cue ? ` [${s.cue.text}]` : '';
      lines.push(`  ${KIND_MARK[s.kind]} ${s.kind.padEnd(8)} ${oneLine(s.text, 100)}${cue}`);
    }
  }
  return lines.join('\n');
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
