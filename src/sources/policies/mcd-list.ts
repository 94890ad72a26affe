/**
 * The list of current Medicare LCDs and billing articles (`documents_latest.csv`, the columns of the
 * Coverage API reports local-coverage-final-lcds and local-coverage-articles): metadata only, no
 * code lists and no text. One policy per display id: when a document is listed twice (its current
 * and a future version), the version in effect wins, then the higher version.
 */
import type { PolicyRecord } from '../../core/records.js';
import type { DetectedFile } from '../contract.js';
import { mcdDate, readTable } from './csv-table.js';

/** Rank of the list among the sources of a policy: the download tables (2) say more. */
const LIST_RANK = 1;

function statusOf(note: string, retirement: string | null): string {
  if (/retired/i.test(note) || retirement) return 'retired';
  if (/^future/i.test(note)) return 'future';
  return 'active';
}

/** "Noridian Healthcare Solutions, LLC\n(MAC - Part A, MAC - Part B)" → name and type. */
function splitContractor(text: string): { name: string | null; type: string | null } {
  const m = /^([\s\S]*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  if (!m) return { name: text.trim() || null, type: null };
  return { name: (m[1] as string).trim() || null, type: (m[2] as string).trim() || null };
}

function better(a: PolicyRecord, b: PolicyRecord): PolicyRecord {
  const inEffect = (p: PolicyRecord) => (p.status === 'active' ? 2 : p.status === 'future' ? 1 : 0);
  if (inEffect(a) !== inEffect(b)) return inEffect(a) > inEffect(b) ? a : b;
  return Number(a.version) >= Number(b.version) ? a : b;
}

function toPolicy(v: Record<string, string>, file: DetectedFile): PolicyRecord {
  const contractor = splitContractor(v.contractor_name_type ?? '');
  const retirement = mcdDate(v.retirement_date);
  const kind = /^lcd$/i.test(v.document_type ?? '') ? 'lcd' : 'article';
  return {
    type: 'policy',
    id: (v.document_display_id ?? '').toUpperCase(),
    kind,
    payer: 'Medicare',
    contractor: contractor.name,
    jurisdiction: contractor.type,
    states: [],
    title: v.title ?? '',
    status: statusOf(v.note ?? '', retirement),
    version: v.document_version || null,
    effectiveFrom: mcdDate(v.effective_date),
    effectiveTo: retirement,
    updatedOn: mcdDate(v.updated_on),
    url: /^https:\/\//.test(v.url ?? '') ? (v.url as string) : null,
    html: null,
    text: null,
    source: 'mcd-list',
    sourceRelease: file.release,
    sourcePath: file.path,
    rank: LIST_RANK,
    attributes: { documentId: v.document_id, note: v.note || undefined },
  };
}

interface ListResult {
  policies: PolicyRecord[];
  rows: number;
  problems: string[];
}

export async function readMcdList(file: DetectedFile): Promise<ListResult> {
  const byId = new Map<string, PolicyRecord>();
  const problems: string[] = [];
  let rows = 0;
  for await (const { values, line } of readTable(file.absPath, file.path, ['document_display_id', 'document_type', 'title'])) {
    rows += 1;
    const policy = toPolicy(values, file);
    if (!/^[LA]\d+$/.test(policy.id) || policy.title === '') {
      problems.push(`line ${line}: no usable document id or title ("${policy.id}")`);
      continue;
    }
    const seen = byId.get(policy.id);
    byId.set(policy.id, seen ? better(seen, policy) : policy);
  }
  return { policies: [...byId.values()], rows, problems };
}
