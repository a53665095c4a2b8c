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
