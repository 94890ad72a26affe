/** The policies feature: what the rest of the code may use. */

export { policiesBuild } from './build.js';
export { coverage } from './coverage.js';
export { CoverageApiClient, REPORT_COLUMNS, type SyncProgress, toCsv } from './coverage-api.js';
export { CATEGORY_LINKS_SELECT } from './links.js';
export { policyNeighbours } from './neighbours.js';
export { codePolicies, getPolicy } from './policies.js';
export { payerFolderPolicies } from './queries.js';
export { POLICY_TABLES } from './schema.js';
export { chooseTopicLinks, requiredMatches, stem, titleParts, topicStems } from './topic-match.js';
export {
  CodePoliciesSchema,
  type CodePoliciesView,
  type CodePolicyEntry,
  type CodePolicyGroup,
  CoverageSchema,
  type PolicyCodeGroupView,
  PolicySchema,
  type PolicyView,
} from './views.js';
