/** Figures: see `figures/index.ts`. Kept as a file so `import { findFigures } from './figures'` stays stable. */
export { findFigures } from './figures/index';
