/** Number formatting for pages, with the formatters made once (toLocaleString builds one per call). */
const WHOLE = new Intl.NumberFormat('en-US');
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** 98186 → "98,186". */
export function formatCount(n: number): string {
  return WHOLE.format(n);
}

/** A fact value: up to four decimals, thousands separated. */
export function formatDecimal(n: number): string {
  return DECIMAL.format(n);
}
