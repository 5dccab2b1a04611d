// TEMPORARY stub (knowledge/figures helper replaces it).
import type { Structure } from './types';
export function findArticleDate(_t: string, _s: Structure): string | null { return null; }
