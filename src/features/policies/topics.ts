/**
 * Build step: topic links for the policies that name no code. Runs on the finished temporary
 * database (the writer calls it after the code lists, the links and the search index are in) and
 * returns the links for the writer to insert. Candidates are the search engine's hits for the
 * title's content words (searchCodes) together with the policies word index over the default
 * releases' descriptors (which finds every code holding enough of the words, whatever the search
 * ranking keeps); scoring and the threshold are in policies/topic-match.ts, the same for both.
 */
import type Database from 'better-sqlite3';
import { normalizeCodeKey } from '../../core/codes.js';
import type { SearchHit } from '../codes/index.js';
import { ReadStore } from '../codes/index.js';
import { searchCodes } from '../search/index.js';
import { policiesWithoutCodes, type TopicLink } from './links.js';
import { TopicIndex } from './topic-index.js';
import { chooseTopicLinks, titleStemSets } from './topic-match.js';

export function linkPolicyTopics(db: Database.Database, share: { part: number; parts: number } = { part: 0, parts: 1 }): TopicLink[] {
  const store = new ReadStore(db);
  // Several threads may share the work: each takes one contiguous slice, so the slices' links
  // put together are in policy order.
  const all = policiesWithoutCodes(store.db);
  const size = Math.ceil(all.length / share.parts);
  const policies = all.slice(share.part * size, (share.part + 1) * size);
  if (policies.length === 0) return [];
  const index = TopicIndex.fromDatabase(store.db);
  const links: TopicLink[] = [];
  for (const p of policies) {
    const sets = titleStemSets(p.title);
    if (sets.length === 0) continue;
    const candidates = sets.flatMap((stems) => [...searchCandidates(store, stems), ...index.candidates(stems)]);
    for (const choice of chooseTopicLinks(p.title, candidates, (stem) => index.frequency(stem))) {
      links.push({
        policyId: p.id,
        system: choice.system,
        key: choice.key,
        score: choice.score,
        reason: `topic match: the title words ${choice.matched.map((m) => `"${m}"`).join(', ')} are in the descriptor`,
      });
    }
  }
  return links;
}

/** The search engine's hits for the title's content words, as topic candidates. */
function searchCandidates(store: ReadStore, stems: readonly string[]): Array<{ system: string; key: string; display: string }> {
  try {
    const result = searchCodes(store, { q: stems.join(' '), limit: 100, offset: 0 });
    return result.hits.map((h: SearchHit) => ({ system: h.system, key: normalizeCodeKey(h.code), display: h.display }));
  } catch {
    return [];
  }
}
