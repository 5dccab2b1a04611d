// TEMPORARY stub (engine helper replaces it).
import type { Cue, Problem, Quote, Statement, Structure, TextSpan } from './types';
export interface Attribution { statements: Statement[]; quotes: Quote[]; problems: Problem[] }
export function buildStatements(_t: string, _s: Structure, quotes: readonly Quote[], _c: readonly Cue[], _m: readonly TextSpan[]): Attribution {
  return { statements: [], quotes: [...quotes], problems: [] };
}
