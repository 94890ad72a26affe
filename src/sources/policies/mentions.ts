/** The policyCode record of a code found in a policy's own text (marked extracted, as opposed to a code table row). */
import type { CodeMention } from '../../core/code-mentions.js';
import type { PolicyCodeRecord } from '../../core/records.js';

export function mentionRecord(policyId: string, m: CodeMention): PolicyCodeRecord {
  return {
    type: 'policyCode',
    policyId,
    system: null,
    key: m.key,
    keyTo: m.keyTo,
    relation: 'listed',
    group: null,
    snippet: m.snippet,
    extracted: true,
  };
}
