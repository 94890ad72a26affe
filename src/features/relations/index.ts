/** The relations feature: what the rest of the code may use. */

export { relationsBuild } from './build.js';
export { codeCrosswalks, translate } from './crosswalks.js';
export { historyOf } from './history.js';
export { crosswalkNeighbours } from './reader.js';
export { RELATION_TABLES } from './schema.js';
export { fiscalYearOf, today, validateCode } from './validate.js';
export {
  type AddonEditView,
  type CrosswalkDirection,
  type CrosswalkEntry,
  CrosswalksSchema,
  type CrosswalksView,
  HistorySchema,
  type HistoryView,
  type ReplacementView,
  TranslationSchema,
  type TranslationView,
  ValidationSchema,
  type ValidationView,
} from './views.js';
