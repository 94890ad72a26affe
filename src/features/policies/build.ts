/**
 * Policies' part of a build (docs/policies.md): the policy record writers; the links of the codes
 * the policies name, once the code lists are final; and the topic links of the policies that name
 * no code, found by the search engine on the committed file in two halves beside the build thread.
 */
import type Database from 'better-sqlite3';
import type { FeatureBuild } from '../../db/writer.js';
import { CODE_STEPS } from '../codes/index.js';
import { SEARCH_STEPS } from '../search/index.js';
import { insertTopicLinks, linkPolicyMentions, type PolicyLinkStats, type TopicLink } from './links.js';
import { preparePolicyInserts } from './statements.js';
import { linkPolicyTopics } from './topics.js';

const TOPIC_HALVES = [0, 1];

/** Snapshot step: one share of the topic links. */
export function policyTopicLinks(db: Database.Database, share: { part: number; parts: number }): TopicLink[] {
  return linkPolicyTopics(db, share);
}

export const policiesBuild: FeatureBuild = {
  name: 'policies',
  writers: (db) => preparePolicyInserts(db),
  steps: [
    { name: 'policy links', after: [CODE_STEPS.releaseCounts], run: ({ db }) => linkPolicyMentions(db) },
    ...TOPIC_HALVES.map((part) => ({
      name: `policy topic links ${part + 1}/${TOPIC_HALVES.length}`,
      after: ['policy links', SEARCH_STEPS.index],
      when: (results: ReadonlyMap<string, unknown>) => (results.get('policy links') as PolicyLinkStats).policies > 0,
      snapshot: {
        module: new URL('./build.ts', import.meta.url),
        exportName: 'policyTopicLinks',
        input: () => ({ part, parts: TOPIC_HALVES.length }),
      },
    })),
    {
      name: 'policy topic links',
      after: TOPIC_HALVES.map((part) => `policy topic links ${part + 1}/${TOPIC_HALVES.length}`),
      run: ({ db, results }) => {
        const stats = results.get('policy links') as PolicyLinkStats;
        if (stats.policies === 0) return;
        const halves = TOPIC_HALVES.map((part) => results.get(`policy topic links ${part + 1}/${TOPIC_HALVES.length}`) as TopicLink[]);
        const topicLinks = insertTopicLinks(db, halves.flat());
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('policy_links', JSON.stringify({ ...stats, topicLinks }));
      },
    },
  ],
};
