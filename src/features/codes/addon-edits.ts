/**
 * Add-on code ↔ primary code pairs from the NCCI add-on code edit facts ('ncci-aoc', one fact per
 * edit row, keyed by the add-on code), so both sides can be listed with an index. A primary code
 * "CCCCC" (contractor-defined primaries) gets the system "contractor".
 */
import type Database from 'better-sqlite3';

export function fillAddonEdits(db: Database.Database): void {
  db.exec(`
    WITH aoc AS (
      SELECT system, key, "values" AS v, source_release, upper(trim(json_extract("values", '$.primaryCode'))) AS primary_code
      FROM facts WHERE source = 'ncci-aoc'
    )
    INSERT INTO addon_edits (addon_system, addon_key, primary_system, primary_key, edit_type, effective_date, deletion_date,
      addon_deletion_date, primary_deletion_date, notes, source_release)
    SELECT system, key,
      CASE WHEN primary_code GLOB '[0-9][0-9][0-9][0-9][0-9FTU]' THEN 'cpt'
           WHEN primary_code GLOB '[A-V][0-9][0-9][0-9][0-9]' THEN 'hcpcs'
           ELSE 'contractor' END,
      primary_code,
      json_extract(v, '$.editType'),
      json_extract(v, '$.editEffectiveDate'),
      json_extract(v, '$.editDeletionDate'),
      json_extract(v, '$.addOnCodeDeletionDate'),
      json_extract(v, '$.primaryCodeDeletionDate'),
      json_extract(v, '$.specialInstructionNotes'),
      source_release
    FROM aoc WHERE primary_code IS NOT NULL AND primary_code <> ''
  `);
}
