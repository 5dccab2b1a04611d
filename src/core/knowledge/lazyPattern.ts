/**
 * A regular expression built on first use. A pattern with a `\p{…}` class costs about 0.1 ms to parse, and
 * a literal is parsed when the bundle loads, used or not; most of these serve only some articles (a century,
 * a non-ASCII name), so they are built when first needed, once.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
