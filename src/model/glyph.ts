/**
 * A one- or two-letter mark for a benefit type's diamond, for datasets with more types than
 * colours: the initials of its first two words ("Hard currency" -> "HC"), or its first two
 * letters ("Oil" -> "Oi").
 */
export function glyph(label: string): string {
  const words = label.split(/[\s/()-]+/).filter((w) => /\p{L}/u.test(w));
  const first = words[0] ?? label;
  const second = words[1];
  if (second !== undefined) return `${first[0] ?? ''}${second[0] ?? ''}`.toUpperCase();
  return first.charAt(0).toUpperCase() + first.slice(1, 2).toLowerCase();
}

/**
 * A glyph for each label, no two alike, since a glyph is there to tell apart types that share a
 * colour: the usual one where it is free, else the initial with another of the label's letters,
 * else the initial with a number.
 */
export function glyphs(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    const usual = glyph(label);
    const initial = usual.charAt(0) || '?';
    const letters = [...label.replace(/[^\p{L}\p{N}]/gu, '').slice(1)].map((c) => `${initial}${c.toLowerCase()}`);
    let chosen = [usual, ...letters].find((c) => !taken.has(c));
    for (let n = 2; chosen === undefined; n++) if (!taken.has(`${initial}${n}`)) chosen = `${initial}${n}`;
    taken.add(chosen);
    return chosen;
  });
}
