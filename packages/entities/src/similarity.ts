/**
 * Spelling variants: "Unites States" for "United States", "Peña Niesto" for "Peña Nieto". A bounded edit distance
 * (optimal string alignment: insertions, deletions, substitutions and adjacent transpositions), written here because
 * it runs on every pair of names in an article and must stop as soon as the bound is exceeded.
 */

/** Edit distance between a and b, or `max + 1` as soon as it is known to exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * True when two keys are the same name misspelt: one edit for names of 8+ characters (two from 16), same first
 * letter ("unites states" ~ "united states", "pena niesto" ~ "pena nieto"; never "iran" ~ "iraq").
 */
export function isTypoOf(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 8 || a[0] !== b[0]) return false;
  const max = shorter >= 16 ? 2 : 1;
  // Strings within `max` edits agree outside a window of at most 2 * max characters: a linear pre-check.
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  if (prefix + suffix < shorter - 2 * max) return false;
  return boundedEditDistance(a, b, max) <= max;
}
