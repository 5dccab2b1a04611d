// TEMPORARY stub (engine helper replaces it).
import type { Speaker, TextSpan } from './types';
import type { Attribution } from './statements';
export function resolveSpeakers(_t: string, _m: readonly TextSpan[], _a: Attribution): Speaker[] { return []; }
