/** Edit distance (insertions, deletions, substitutions), stopping early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The known id a mistyped one most likely meant ("acme-corp" → "acme"), or undefined when none is
 * close: a prefix of it, or within a third of its length in edits.
 */
export function closestId(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of known) {
    const score = wrong.startsWith(`${id}-`) || id.startsWith(`${wrong}-`) ? 0.5 : distance(wrong, id, Math.max(1, Math.floor(wrong.length / 3)));
    if (score < bestScore && score <= Math.max(1, Math.floor(wrong.length / 3))) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
