/**
 * Grouping nodes above the PCS tables: section (key = 1st character) and body system (key = first
 * two characters). Labels come from the tables XML when it knows the key; otherwise they are read
 * from the order file's table header, whose long title is "Body System, Operation" in section 0
 * (Medical and Surgical) and "Section, Body System, Operation" elsewhere ("Section, Operation" when
 * the body system is None, as in Mental Health and Substance Abuse Treatment).
 */
import type { CodeRecord } from '../../core/records.js';

interface HeaderLabels {
  section: string | null;
  bodySystem: string;
}

/**
 * Section and body-system labels read from a table header's long title. Operation labels never
 * hold a comma and section labels never do, so the operation is the last comma piece, the section
 * the first (outside section 0) and the body system everything between (it may hold commas:
 * "Ear, Nose, Sinus").
 */
export function labelsFromHeaderTitle(table: string, longTitle: string): HeaderLabels {
  const pieces = longTitle.split(', ');
  if (table.startsWith('0')) {
    return { section: null, bodySystem: pieces.length > 1 ? pieces.slice(0, -1).join(', ') : longTitle };
  }
  const section = pieces[0] ?? longTitle;
  const middle = pieces.slice(1, -1).join(', ');
  return { section, bodySystem: middle === '' ? 'None' : middle };
}

/** Labels the FY tables XML gives to sections ("0") and body systems ("0S"). */
export type GroupLabels = ReadonlyMap<string, string>;

/** Builds the grouping nodes of one release as its table headers stream by. */
export class PcsHierarchy {
  private readonly seen = new Set<string>();
  /** Labels taken from order-file headers because the tables XML did not know the key. */
  readonly fallbacks: string[] = [];

  constructor(
    private readonly release: string,
    private readonly labels: GroupLabels,
  ) {}

  /** Grouping nodes to yield before the table header `table` (none when already yielded). */
  groupsFor(table: string, longTitle: string, order: number): CodeRecord[] {
    const out: CodeRecord[] = [];
    const fromHeader = labelsFromHeaderTitle(table, longTitle);
    const section = table.slice(0, 1);
    const bodySystem = table.slice(0, 2);
    if (!this.seen.has(section)) {
      this.seen.add(section);
      const headerLabel = section === '0' ? 'Medical and Surgical' : fromHeader.section;
      out.push(this.node(section, null, this.pick(section, headerLabel ?? section), order, headerLabel));
    }
    if (!this.seen.has(bodySystem)) {
      this.seen.add(bodySystem);
      out.push(this.node(bodySystem, section, this.pick(bodySystem, fromHeader.bodySystem), order, fromHeader.bodySystem));
    }
    return out;
  }

  private pick(key: string, headerLabel: string): string {
    const known = this.labels.get(key);
    if (known !== undefined) return known;
    this.fallbacks.push(`${key} "${headerLabel}"`);
    return headerLabel;
  }

  private node(key: string, parent: string | null, display: string, order: number, headerLabel: string | null): CodeRecord {
    const record: CodeRecord = {
      type: 'code',
      system: 'icd10pcs',
      release: this.release,
      key,
      code: key,
      kind: 'section',
      display,
      shortDisplay: null,
      billable: false,
      parent,
      order,
    };
    if (headerLabel !== null && headerLabel !== display) record.attributes = { labelInRelease: headerLabel };
    return record;
  }
}
