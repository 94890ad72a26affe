/**
 * Writes the synthetic payer policy PDF used by the policy tests
 * (test/fixtures/policies/sources/policies/acme-health/knee-arthroscopy.pdf): a plain PDF 1.4 with
 * one page of Helvetica text lines, built by hand so the fixture can be regenerated without any
 * PDF library. Run: npx tsx scripts/make-policy-pdf.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PDF_LINES = [
  'Acme Health Medical Policy MP-204: Knee Arthroscopy',
  'Effective date: 03/01/2025. Policy number MP-204, page 2 of 7.',
  'Covered procedure codes: 29870, 29880 through 29881 and G0289.',
  'Covered diagnoses: M23.2-M23.3 and S83.2.',
  'Questions: call 1-800-555-0199 or write to PO Box 12345, Springfield, IL 62704.',
  'Reimbursement is limited to $20250.00 per episode.',
];

function escapePdf(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
}

export function policyPdf(lines: readonly string[] = PDF_LINES): Buffer {
  const content = ['BT', '/F1 11 Tf', '14 TL', '50 780 Td', ...lines.map((l) => `(${escapePdf(l)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../test/fixtures/policies/sources/policies/acme-health/knee-arthroscopy.pdf', import.meta.url);
  writeFileSync(target, policyPdf());
  process.stdout.write(`wrote ${fileURLToPath(target)}\n`);
}
