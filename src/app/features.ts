/**
 * The composition of the features into one database: the migrations in their explicit order (the
 * schema version is their count) and every feature's part of a build (record writers and
 * finishing steps, run as one graph by db/writer.ts). A new feature adds its tables as a new
 * migration at the end and its FeatureBuild to the list.
 */
import { META_TABLE } from '../db/schema.js';
import type { BuildPlan, FeatureBuild } from '../db/writer.js';
import { ARTICLE_TABLES, articlesBuild } from '../features/articles/index.js';
import { CODE_HISTORY_TABLES, CODE_STEPS, CODE_TABLES, codesBuild } from '../features/codes/index.js';
import { POLICY_TABLES, policiesBuild } from '../features/policies/index.js';
import { RELATION_TABLES, relationsBuild } from '../features/relations/index.js';
import { LEXICON_TABLE, POSTINGS_TABLE, PREFIX_TOP_TABLE, SEARCH_TABLES, searchBuild } from '../features/search/index.js';
import { SIMILAR_TABLES, similarBuild } from '../features/similar/index.js';

const MIGRATIONS: readonly string[] = [
  // 1: the code lists, their releases and the files they came from
  META_TABLE + CODE_TABLES,
  // 2: search documents and terms, and the lexicon of lay names the build links to codes
  SEARCH_TABLES + LEXICON_TABLE,
  // 3: crosswalks and HCC mappings, the code life cycle, similar codes
  RELATION_TABLES + CODE_HISTORY_TABLES + SIMILAR_TABLES,
  // 4: coverage policies and the codes they name
  POLICY_TABLES,
  // 5: word search postings
  POSTINGS_TABLE,
  // 6: the best codes of common word prefixes, for autocomplete
  PREFIX_TOP_TABLE,
  // 7: article passages, their links to codes and the reviewed or generated texts
  ARTICLE_TABLES,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

const FEATURES: readonly FeatureBuild[] = [codesBuild, searchBuild(CODE_STEPS), relationsBuild, policiesBuild, articlesBuild, similarBuild];

export const BUILD_PLAN: BuildPlan = { migrations: MIGRATIONS, features: FEATURES };
