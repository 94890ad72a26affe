/** Every code-system plug-in. Adding a system: one folder under src/sources and one line here. */
import type { SourcePlugin } from './contract.js';

export const PLUGINS: readonly SourcePlugin[] = [];
