// TEMPORARY stub (engine helper replaces it).
import type { Quote, Structure } from '../types';
export function findQuotes(_text: string, _structure: Structure): Quote[] { return []; }
