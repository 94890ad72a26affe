/**
 * Typo correction (pure): a vocabulary of the words in titles and terms, candidates that share
 * trigrams with the typed word, and the restricted Damerau-Levenshtein distance (transpositions
 * count once): at most 1 for words of up to 5 letters, 2 for longer words. Ties go to the more
 * frequent word, then alphabetical order.
 */

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return [...out];
}

function maxDistance(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

export class Speller {
  private readonly words: string[] = [];
  private readonly freq: number[] = [];
  private readonly known = new Map<string, number>();
  private readonly grams = new Map<string, number[]>();

  constructor(vocabulary: Iterable<{ word: string; freq: number }>) {
    for (const { word, freq } of vocabulary) {
      const id = this.words.length;
      this.words.push(word);
      this.freq.push(freq);
      this.known.set(word, freq);
      for (const g of trigrams(word)) {
        const list = this.grams.get(g);
        if (list) list.push(id);
        else this.grams.set(g, [id]);
      }
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The best correction of a word that is not in the vocabulary, or null. */
  correct(word: string): string | null {
    if (word.length < 4 || word.length > 30 || this.known.has(word) || !/^\p{L}+$/u.test(word)) return null;
    const max = maxDistance(word);
    const shared = new Map<number, number>();
    for (const g of trigrams(word)) for (const id of this.grams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const candidates = [...shared.entries()]
      .filter(([, n]) => n >= 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 400);
    let best: { word: string; d: number; f: number } | null = null;
    for (const [id] of candidates) {
      const w = this.words[id] as string;
      const d = editDistance(word, w, max);
      if (d > max) continue;
      const f = this.freq[id] as number;
      if (!best || d < best.d || (d === best.d && (f > best.f || (f === best.f && w < best.word)))) best = { word: w, d, f };
    }
    return best?.word ?? null;
  }
}
