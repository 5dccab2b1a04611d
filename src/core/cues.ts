// TEMPORARY stub (engine helper replaces it).
import type { Cue, Quote, Structure } from './types';
export function findCues(_text: string, _structure: Structure, _quotes: readonly Quote[]): Cue[] { return []; }
