// TEMPORARY stub (engine helper replaces it).
import type { Quote, Structure, TextSpan } from './types';
export function findMentions(_text: string, _structure: Structure, _quotes: readonly Quote[]): TextSpan[] { return []; }
