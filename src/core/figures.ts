// TEMPORARY stub (knowledge/figures helper replaces it).
import type { Figure, Statement, Structure } from './types';
export function findFigures(_t: string, _s: Structure, _st: readonly Statement[]): Figure[] { return []; }
