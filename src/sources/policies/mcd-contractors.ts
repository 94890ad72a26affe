/**
 * Contractors (MACs) of MCD documents and the states they serve: `<doc>_x_contractor` links a
 * document version to (contractor_id, contractor_type_id, contractor_version); `contractor` names
 * it; `contractor_jurisdiction` lists its state ids, `state_lookup` spells them; the type lookup
 * (`contractor_type_lookup`) says what kind of contractor it is.
 */
import { join } from 'node:path';
import { readOptionalTable } from './csv-table.js';

export interface Contractor {
  name: string;
  number: string | null;
  type: string | null;
  states: string[];
}

const key = (v: Record<string, string>) => `${v.contractor_id}|${v.contractor_type_id}|${v.contractor_version}`;

async function lookup(dir: string, label: string, table: string, idCol: string, valueCol: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const { values } of readOptionalTable(join(dir, `${table}.csv`), `${label}/../${table}.csv`, [idCol, valueCol])) {
    out.set(values[idCol] as string, values[valueCol] as string);
  }
  return out;
}

async function statesByContractor(dir: string, label: string): Promise<Map<string, string[]>> {
  const abbrev = await lookup(dir, label, 'state_lookup', 'state_id', 'state_abbrev');
  const out = new Map<string, string[]>();
  const file = join(dir, 'contractor_jurisdiction.csv');
  for await (const { values } of readOptionalTable(file, `${label}/../contractor_jurisdiction.csv`, ['contractor_id', 'state_id'])) {
    if ((values.term_date ?? '') !== '') continue;
    const state = abbrev.get(values.state_id as string) ?? values.state_id;
    if (!state) continue;
    const list = out.get(key(values)) ?? [];
    list.push(state);
    out.set(key(values), list);
  }
  return out;
}

async function contractorTable(dir: string, label: string): Promise<Map<string, Contractor>> {
  const states = await statesByContractor(dir, label);
  const types = await lookup(dir, label, 'contractor_type_lookup', 'contractor_type_id', 'description');
  const out = new Map<string, Contractor>();
  for await (const { values } of readOptionalTable(join(dir, 'contractor.csv'), `${label}/../contractor.csv`, ['contractor_id'])) {
    out.set(key(values), {
      name: values.contractor_bus_name || `Contractor ${values.contractor_id}`,
      number: values.contractor_number || null,
      type: types.get(values.contractor_type_id ?? '') ?? null,
      states: states.get(key(values)) ?? [],
    });
  }
  return out;
}

/** Contractors of each document, keyed "<raw id>|<version>" (and "<raw id>" when the table has no version). */
export async function readContractors(
  dir: string,
  label: string,
  spec: { table: string; idCol: string; versionCol: string },
): Promise<Map<string, Contractor[]>> {
  const contractors = await contractorTable(dir, label);
  const out = new Map<string, Contractor[]>();
  const name = `${spec.table}_x_contractor`;
  for await (const { values } of readOptionalTable(join(dir, `${name}.csv`), `${label}/../${name}.csv`, [spec.idCol, 'contractor_id'])) {
    const c = contractors.get(key(values)) ?? { name: `Contractor ${values.contractor_id}`, number: null, type: null, states: [] };
    const docKey = values[spec.versionCol] ? `${values[spec.idCol]}|${values[spec.versionCol]}` : (values[spec.idCol] as string);
    const list = out.get(docKey) ?? [];
    if (!list.some((x) => x.name === c.name)) list.push(c);
    out.set(docKey, list);
  }
  return out;
}
