/**
 * Restricted Mode and glossaries: in an untrusted workspace no workspace glossary is read, not even listed —
 * a glossary could make hovers say anything, and `articleLens.glossary.files` could point reads at any path.
 * Pure (no `vscode` import), so the decision is unit-tested: the test host runs with workspace trust off.
 */
export function glossaryFilesToRead<T>(workspaceTrusted: boolean, candidates: () => readonly T[]): readonly T[] {
  return workspaceTrusted ? candidates() : [];
}
