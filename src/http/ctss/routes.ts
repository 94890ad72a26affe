/**
 * NLM Clinical Table Search Service compatible search (API v3): GET /api/{table}/v3/search for
 * icd10cm, icd10pcs, hcpcs and cpt, answering [total, codes, extra|null, display rows] as
 * clinicaltables.nlm.nih.gov does, ranked by the site's search (docs/api.md). Bad parameters get
 * HTTP 400 with a plain-text message naming the parameter, as NLM answers.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Medcodes } from '../../app/medcodes.js';
import { AppError } from '../../core/errors.js';
import type { CodeSystemId } from '../../core/systems.js';
import type { SearchHit } from '../../features/codes/index.js';
import { toAppError } from '../errors.js';

type Row = Record<string, string>;

interface Table {
  system: CodeSystemId;
  /** Only codes valid for submission (NLM's icd10cm table holds billable codes only). */
  billable: boolean;
  fields: string[];
  df: string[];
  sf: string[];
}

const TABLES: Record<string, Table> = {
  icd10cm: { system: 'icd10cm', billable: true, fields: ['code', 'name'], df: ['code', 'name'], sf: ['code', 'name'] },
  icd10pcs: { system: 'icd10pcs', billable: true, fields: ['code', 'name', 'short_name'], df: ['code', 'name'], sf: ['code', 'name'] },
  hcpcs: {
    system: 'hcpcs',
    billable: false,
    fields: ['code', 'display', 'short_desc', 'long_desc', 'add_dt', 'act_eff_dt', 'term_dt', 'obsolete'],
    df: ['code', 'display'],
    sf: ['code', 'short_desc', 'long_desc'],
  },
  // CPT descriptors are © AMA: without a licensed file the names are empty, only numbers are served.
  cpt: { system: 'cpt', billable: true, fields: ['code', 'name'], df: ['code', 'name'], sf: ['code', 'name'] },
};

const MAX_LIST = 500;
const MAX_RETRIEVABLE = 7500;
const PAGE = 100;

class CtssError extends Error {}

function listParam(value: string | undefined, table: Table, name: string, fallback: string[]): Array<{ field: string; alias: string }> {
  if (value === undefined || value.trim() === '') return fallback.map((f) => ({ field: f, alias: f }));
  return value.split(',').map((part) => {
    const [field = '', alias] = part.trim().split(':');
    if (!table.fields.includes(field)) throw new CtssError(`${name}: unknown field "${field}" (fields: ${table.fields.join(', ')})`);
    return { field, alias: alias || field };
  });
}

function intParam(value: string | undefined, name: string, fallback: number, max: number, emptyMeans = fallback): number {
  if (value === undefined) return fallback;
  if (value.trim() === '') return emptyMeans;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CtssError(`${name}: "${value}" is not a non-negative integer`);
  return Math.min(n, max);
}

/** q: "field:value" terms (value may end in * for a prefix), all of which must hold. */
function parseQ(q: string | undefined, table: Table): Array<(r: Row) => boolean> {
  if (!q || q.trim() === '') return [];
  return q
    .trim()
    .split(/\s+(?:AND\s+)?/)
    .map((term) => {
      const m = /^([a-z_]+):(.+)$/.exec(term);
      if (!m) throw new CtssError(`q: "${term}" is not field:value (e.g. code:E11*)`);
      const [, field = '', raw = ''] = m;
      if (!table.fields.includes(field)) throw new CtssError(`q: unknown field "${field}" (fields: ${table.fields.join(', ')})`);
      const value = raw.replace(/^"|"$/g, '').toLowerCase();
      if (value.endsWith('*')) {
        const prefix = value.slice(0, -1);
        return (r: Row) => (r[field] ?? '').toLowerCase().startsWith(prefix);
      }
      return (r: Row) => (r[field] ?? '').toLowerCase() === value;
    });
}

function rowOf(medcodes: Medcodes, table: Table, hit: SearchHit): Row {
  const row: Row = { code: hit.code, name: hit.display };
  if (table.system === 'hcpcs' || table.system === 'icd10pcs') {
    const concept = medcodes.concept(table.system, hit.code).row;
    row.short_name = concept?.shortDisplay ?? '';
    if (table.system === 'hcpcs') {
      const a = concept?.attributes ?? {};
      row.display = concept?.shortDisplay || hit.display;
      row.short_desc = concept?.shortDisplay ?? '';
      row.long_desc = hit.display;
      row.add_dt = String(a.addDate ?? '');
      row.act_eff_dt = String(a.actionEffectiveDate ?? '');
      row.term_dt = String(a.terminationDate ?? '');
      row.obsolete = a.terminationDate ? 'true' : 'false';
    }
  }
  return row;
}

export function ctssRoutes(medcodes: Medcodes): Hono {
  const ctss = new Hono();
  ctss.use('/:table/v3/*', cors({ origin: '*', allowMethods: ['GET'] }));
  ctss.get('/:table/v3/search', (c) => {
    try {
      const table = TABLES[c.req.param('table')];
      if (!table) throw new CtssError(`unknown table "${c.req.param('table')}" (tables: ${Object.keys(TABLES).join(', ')})`);
      const terms = c.req.query('terms');
      if (terms === undefined) throw new CtssError('terms: the parameter is required');
      const maxList = c.req.query('maxList');
      const count =
        maxList !== undefined ? intParam(maxList, 'maxList', 7, MAX_LIST, MAX_LIST) : intParam(c.req.query('count'), 'count', 7, MAX_LIST);
      const offset = maxList !== undefined ? 0 : intParam(c.req.query('offset'), 'offset', 0, MAX_RETRIEVABLE);
      if (offset + count > MAX_RETRIEVABLE) throw new CtssError(`offset + count may not exceed ${MAX_RETRIEVABLE}`);
      const df = listParam(c.req.query('df'), table, 'df', table.df);
      const ef = c.req.query('ef') ? listParam(c.req.query('ef'), table, 'ef', []) : [];
      const [cf] = listParam(c.req.query('cf'), table, 'cf', ['code']);
      const sf = listParam(c.req.query('sf'), table, 'sf', table.sf).map((f) => f.field);
      const filters = parseQ(c.req.query('q'), table);
      // sf without any text field: terms match code prefixes only.
      const codeOnly = !sf.some((f) => f !== 'code');
      const words = terms.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (codeOnly)
        filters.push((r) => words.every((w) => (r.code ?? '').toLowerCase().replace(/\./g, '').startsWith(w.replace(/\./g, ''))));
      const wanted = offset + count;
      const rows: Row[] = [];
      let total = 0;
      let rejected = false;
      if (terms.trim() !== '') {
        // With q or a code-only sf the total is only known by reading every hit (at most 7,500, as NLM).
        const exact = filters.length > 0;
        for (let at = 0; (exact || rows.length < wanted) && at < MAX_RETRIEVABLE; at += PAGE) {
          const found = medcodes.search({ q: terms, systems: [table.system], billable: table.billable, limit: PAGE, offset: at });
          total = found.total;
          for (const hit of found.hits) {
            if (hit.kind !== 'code' && hit.kind !== 'header' && hit.kind !== 'modifier') {
              rejected = true;
              continue;
            }
            const row = rowOf(medcodes, table, hit);
            if (filters.every((f) => f(row))) rows.push(row);
            else rejected = true;
          }
          if (found.hits.length < PAGE) {
            total = rows.length;
            rejected = false;
            break;
          }
        }
      }
      const page = rows.slice(offset, offset + count);
      const extra = ef.length > 0 ? Object.fromEntries(ef.map((f) => [f.alias, page.map((r) => r[f.field] ?? '')])) : null;
      return c.json([
        rejected ? rows.length : total,
        page.map((r) => r[cf?.field ?? 'code'] ?? ''),
        extra,
        page.map((r) => df.map((f) => r[f.field] ?? '')),
      ]);
    } catch (err) {
      if (err instanceof CtssError || (err instanceof AppError && err.kind === 'invalid')) return c.text(`Error: ${err.message}`, 400);
      const e = toAppError(err);
      return c.text(`Error: ${e.message}`, e.kind === 'not-found' ? 404 : 500);
    }
  });
  return ctss;
}
