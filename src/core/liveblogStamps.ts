/**
 * Live-blog post headers. A live blog scraped to text glues each post's header (the author, the widget's
 * buttons, the date and time) to the post's title on one line: "Ann LeeFlagShareReply 5ptsFeaturedMarch 3, 2016
 * 9:52PMMayor Says Bridge Will Open". Read as text, the header joins the title's sentence (and its author's name
 * becomes a speaker). A line whose first MAX_HEADER characters hold a full date and clock time ("March 3, 2016
 * 9:52PM", "March 3, 2016 9:52 p.m.") glued to the word before it ("FeaturedMarch") or to the title after it
 * ("PMMayor") ends its header there: the header is furniture and the rest of the line starts a paragraph.
 */

/** The header is read in the first this many characters of a line. */
const MAX_HEADER = 320;

const STAMP = /\p{Ll}?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4},? \d{1,2}:\d\d ?(?:[AaPp]\.?[Mm]\.?)( ?)(?=[\p{Lu}"'“‘])/u;

const CLOCK = /\d:\d\d/;

/** The offset where the post's own text starts after a glued header at the start of `text[start, end)`, or -1. */
export function postHeaderEnd(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + MAX_HEADER));
  // Every stamp holds a clock time: most lines have none, and this test is far cheaper than the stamp's.
  if (!CLOCK.test(head)) return -1;
  const m = STAMP.exec(head);
  if (!m) return -1;
  const glued = /^\p{Ll}/u.test(m[0]) || m[1] === '';
  return glued ? start + m.index + m[0].length : -1;
}
