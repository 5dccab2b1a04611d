/**
 * Safe Markdown for hovers. Every piece of article or glossary text goes through `escapeMarkdown`, so a
 * crafted article cannot add links, images, HTML, command URIs or formatting: each ASCII punctuation mark is
 * backslash-escaped (CommonMark renders `\[` as a literal `[`), which also breaks autolinks ("https\:\/\/…",
 * "www\.…") and entities ("\&lt;"), and line breaks become spaces so no text can start a block.
 */

const PUNCTUATION = /[!-\/:-@\[-`{-~]/g;

/** Text shown literally in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(PUNCTUATION, '\\$&');
}

export function bold(text: string): string {
  return `**${escapeMarkdown(text)}**`;
}

export function italic(text: string): string {
  return `*${escapeMarkdown(text)}*`;
}

/** A quotation from the article, shortened: “…”. */
export function quoted(text: string, max = 160): string {
  const t = text.trim();
  return `“${escapeMarkdown(t.length > max ? `${t.slice(0, max - 1)}…` : t)}”`;
}

const SAFE_URL = /^https?:\/\/[^\s()<>\[\]"'`\\]+$/;

/** A link when the URL is a plain http(s) URL, else the title and URL as text. */
export function link(title: string, url: string): string {
  return SAFE_URL.test(url) ? `[${escapeMarkdown(title)}](${url})` : `${escapeMarkdown(title)} (${escapeMarkdown(url)})`;
}

/** A number with thousands separators ("7,000"), at most two decimals. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A signed percentage with a true minus sign: "−57%", "+12%". */
export function formatPercent(p: number): string {
  const r = Math.round(p);
  return r === 0 ? '0%' : `${r > 0 ? '+' : '−'}${Math.abs(r)}%`;
}
