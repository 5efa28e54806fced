function bigrams(s: string): Map<string, number> {
  const chars = [...s]; // by code point, so CJK and astral characters are whole
  const grams = new Map<string, number>();
  // A single character has no bigram; treat it as its own gram so "a" vs "a" is still 1.
  const list = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
  for (const g of list) grams.set(g, (grams.get(g) ?? 0) + 1);
  return grams;
}

/**
 * Sørensen–Dice similarity of the character-bigram multisets of `a` and `b`, in [0, 1]:
 * 2·|A∩B| ÷ (|A| + |B|). 1 for equal non-empty strings, 0 when either is empty. Symmetric.
 * Bigrams suit Chinese names, where words are not separated by spaces.
 */
export function diceSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let size = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    size += n;
  }
  for (const n of y.values()) size += n;
  return (2 * common) / size;
}
