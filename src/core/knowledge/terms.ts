// TEMPORARY stub (knowledge/figures helper replaces it).
import type { Structure, TermMention } from '../types';
export function findTerms(_t: string, _s: Structure): TermMention[] { return []; }
