/** Every code-system plug-in. Adding a system: one folder under src/sources and one line here. */

import { changesPlugin } from './changes/index.js';
import type { SourcePlugin } from './contract.js';
import { cptPlugin } from './cpt/index.js';
import { gemsPlugin } from './gems/index.js';
import { hccPlugin } from './hcc/index.js';
import { hcpcsPlugin } from './hcpcs/index.js';
import { icd10cmPlugin } from './icd10cm/index.js';
import { icd10pcsPlugin } from './icd10pcs/index.js';
import { lexiconPlugin } from './lexicon/index.js';
import { passagesPlugin } from './passages/index.js';
import { policiesPlugin } from './policies/index.js';
import { posPlugin } from './pos/index.js';
import { rbcsPlugin } from './rbcs/index.js';

export const PLUGINS: readonly SourcePlugin[] = [
  icd10cmPlugin,
  icd10pcsPlugin,
  hcpcsPlugin,
  cptPlugin,
  posPlugin,
  lexiconPlugin,
  policiesPlugin,
  gemsPlugin,
  hccPlugin,
  changesPlugin,
  passagesPlugin,
  rbcsPlugin,
];
