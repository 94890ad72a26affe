/** Date fields of CMS files turned into ISO dates, rejecting impossible dates. */

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "20251001" → "2025-10-01"; null for anything that is not a real date in that form. */
export function isoFromYmd(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Year and day of year ("2026001", the NCCI form) → "2026-01-01"; null when impossible. */
export function isoFromYearDay(text: string): string | null {
  const m = /^(\d{4})(\d{3})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const day = Number(m[2]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day < 1 || day > (leap ? 366 : 365)) return null;
  const d = new Date(Date.UTC(year, 0, day));
  return d.toISOString().slice(0, 10);
}
