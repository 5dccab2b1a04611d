/** How the Speakers view draws its nodes: labels, descriptions, icons, tooltips and the click command. */
import * as vscode from 'vscode';
import type { Speaker, StatementKind } from '../core/types';
import { statementExtent } from '../core/export/locate';
import type { SpeakerNode, StatementNode } from './speakerNodes';

export const REVEAL_STATEMENT_COMMAND = 'articleLens.revealStatement';

const KIND_ICONS: Record<StatementKind, string> = { direct: 'quote', mixed: 'comment-discussion', indirect: 'comment' };
const KIND_NAMES: Record<StatementKind, string> = { direct: 'direct quotation', mixed: 'partial quotation', indirect: 'reported speech' };
const SPEAKER_ICONS: Record<Speaker['kind'], string> = { person: 'person', organization: 'organization', group: 'account', unknown: 'person' };

export function speakerItem(node: SpeakerNode): vscode.TreeItem {
  const { speaker, statements } = node.group;
  const item = new vscode.TreeItem(speaker?.name ?? 'Unattributed', vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  const count = `${statements.length} ${statements.length === 1 ? 'statement' : 'statements'}`;
  const role = speaker?.role && speaker.role.toLowerCase() !== speaker.name.toLowerCase() ? collapse(speaker.role) : null;
  // The count first: a narrow sidebar cuts the end of the description ("9 statements · Russian President").
  item.description = role ? `${count} · ${role}` : count;
  item.iconPath = new vscode.ThemeIcon(speaker ? SPEAKER_ICONS[speaker.kind] : 'circle-slash');
  item.contextValue = speaker ? 'speaker' : 'unattributed';
  item.tooltip = speakerTooltip(node, count);
  item.accessibilityInformation = { label: `${speaker?.name ?? 'Unattributed'}, ${item.description}` };
  return item;
}

function speakerTooltip(node: SpeakerNode, count: string): vscode.MarkdownString {
  const { speaker } = node.group;
  const tip = untrusted();
  if (!speaker) return tip.appendMarkdown('**Unattributed**\n\nQuotations with no speaker the analysis could find. ').appendText(count);
  tip.appendMarkdown('**').appendText(speaker.name).appendMarkdown('**');
  if (speaker.role) tip.appendMarkdown(' — ').appendText(collapse(speaker.role));
  if (speaker.aliases.length) tip.appendMarkdown('\n\nAlso: ').appendText(speaker.aliases.join('; '));
  tip.appendMarkdown('\n\n').appendText(count);
  if (speaker.weakMerge) tip.appendMarkdown('\n\n$(warning) ').appendText(speaker.weakMerge);
  return tip;
}

export function statementItem(node: StatementNode): vscode.TreeItem {
  const { statement } = node;
  const item = new vscode.TreeItem(collapse(statement.text), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = statement.cue ? collapse(statement.cue.text) : undefined;
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[statement.kind]);
  item.contextValue = `statement.${statement.kind}`;
  // The node's id, not its offsets: an edit above shifts them, and the item is then reused as it is.
  item.command = { command: REVEAL_STATEMENT_COMMAND, title: 'Reveal Statement', arguments: [node.source.document.uri, node.id] };
  item.accessibilityInformation = { label: `${KIND_NAMES[statement.kind]}: ${collapse(statement.text)}` };
  return item;
}

/** The statement as written with its cue ("We expect to move quickly," she told reporters), kind and line. */
export function statementTooltip(node: StatementNode): vscode.MarkdownString {
  const { text, lineOf } = node.source;
  const extent = statementExtent(node.statement, text);
  const asWritten = collapse(text.slice(extent.start, Math.min(extent.end, extent.start + 2000)));
  const line = lineOf(node.statement.start);
  const tip = untrusted().appendMarkdown('> ').appendText(asWritten).appendMarkdown('\n\n');
  const speaker = node.speaker ? ` · ${node.speaker.name}` : '';
  return tip.appendMarkdown('*').appendText(`${KIND_NAMES[node.statement.kind]}${speaker} · line ${line}`).appendMarkdown('*');
}

/** Article text must never run as markup or commands inside a tooltip. */
function untrusted(): vscode.MarkdownString {
  const tip = new vscode.MarkdownString('', true);
  tip.isTrusted = false;
  tip.supportHtml = false;
  return tip;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
