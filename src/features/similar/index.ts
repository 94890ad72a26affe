/** The similar feature: what the rest of the code may use. */

export { similarBuild } from './build.js';
export { rankCandidates } from './rank.js';
export { SIMILAR_TABLES } from './schema.js';
export { similarCodes } from './similar.js';
export { similarityWords } from './text.js';
export { SimilarSchema, type SimilarView } from './views.js';
