/** The articles feature: what the rest of the code may use. */
export { type Article, type ArticleSection, articleOfView, codeArticle } from './article.js';
export type { ArticleInput } from './article-input.js';
export { ArticleSchema, DIAGNOSIS_SECTIONS, PROCEDURE_SECTIONS } from './article-model.js';
export { auditArticles, formatAudit } from './audit.js';
export { articlesBuild } from './build.js';
export { composeArticle } from './compose.js';
export { articleCoverage, COVERAGE_SYSTEMS, type CoverageRow } from './coverage.js';
export { generateArticles } from './generate.js';
export { importReviewedArticles } from './import.js';
export { ARTICLE_TABLES } from './tables.js';
