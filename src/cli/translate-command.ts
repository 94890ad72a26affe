/**
 * `medcodes translate CODE --from SYS --to SYS [--json]`: the same JSON as GET /api/v1/translate.
 * `--to hcc` lists the CMS-HCC categories of an ICD-10-CM code; `--date D` adds the validity of the
 * code on that date of service (GET /api/v1/validate).
 */
import type { Command } from 'commander';
import { openMedcodes } from '../app/medcodes.js';
import { loadSettings } from '../config/settings.js';
import type { TranslationView, ValidationView } from '../features/relations/index.js';

function formatTranslation(t: TranslationView): string {
  const from = `${t.from.system} ${t.from.code}${t.from.display ? `  ${t.from.display}` : ''}`;
  const lines = [`${from} → ${t.to} (${t.note})`];
  for (const h of t.hcc ?? []) lines.push(`  ${h.model.padEnd(18)} HCC ${h.category}`);
  for (const m of t.mappings) {
    const target = m.target ? `${m.target.code}${m.target.display ? `  ${m.target.display}` : ''}` : '(no map)';
    lines.push(`  ${target}  [${m.meaning}]`);
  }
  if (t.mappings.length === 0 && (t.hcc ?? []).length === 0) lines.push('  nothing');
  return lines.join('\n');
}

function formatValidation(v: ValidationView): string {
  const answer = v.answer === 'unknown' ? 'unknown' : v.valid ? 'valid' : 'not valid';
  const flags = v.flags.map((f) => `\n  ! ${f}`).join('');
  return `${v.system} ${v.code} on ${v.date}: ${answer}${v.valid ? (v.billable ? ', billable' : ', not billable') : ''}\n  ${v.reason}${flags}`;
}

export function addValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('Is a code valid and billable on a date of service? (the same answer as GET /api/v1/validate)')
    .argument('<code>', 'a code in any shape: E11.9, e119, 0SRC0JZ, 99217')
    .requiredOption('--system <system>', 'icd10cm, icd10pcs, hcpcs, cpt or pos')
    .option('--date <date>', 'date of service, YYYY-MM-DD (default: today)')
    .option('--json', 'print the same JSON as the API')
    .option('--db <path>', 'database file (env MEDCODES_DB)')
    .action((code: string, opts) => {
      const medcodes = openMedcodes(loadSettings(opts, process.env).db);
      try {
        const v = medcodes.validate(opts.system, code, opts.date);
        process.stdout.write(opts.json ? `${JSON.stringify(v, null, 2)}\n` : `${formatValidation(v)}\n`);
        if (v.answer !== 'valid') process.exitCode = 1;
      } finally {
        medcodes.close();
      }
    });
}

export function addTranslateCommand(program: Command): void {
  program
    .command('translate')
    .description('Translate a code through the GEMs (icd10cm↔icd9cm, icd10pcs↔icd9pcs) or into HCC categories')
    .argument('<code>', 'a code in any shape: E11.9, 250.00, 0SRC0JZ, 81.54')
    .requiredOption('--from <system>', 'system of the code: icd10cm, icd9cm, icd10pcs, icd9pcs')
    .requiredOption('--to <system>', 'target: icd9cm, icd10cm, icd9pcs, icd10pcs or hcc')
    .option('--date <date>', 'also say whether the code is valid on this date of service (YYYY-MM-DD)')
    .option('--json', 'print the same JSON as the API')
    .option('--db <path>', 'database file (env MEDCODES_DB)')
    .action((code: string, opts) => {
      const medcodes = openMedcodes(loadSettings(opts, process.env).db);
      try {
        const result = medcodes.translate(opts.from, code, opts.to);
        const validation = opts.date ? medcodes.validate(opts.from, code, opts.date) : undefined;
        if (opts.json) process.stdout.write(`${JSON.stringify(validation ? { ...result, validation } : result, null, 2)}\n`);
        else process.stdout.write(`${formatTranslation(result)}${validation ? `\n${formatValidation(validation)}` : ''}\n`);
      } finally {
        medcodes.close();
      }
    });
}
