/** Labels at most this long are short enough already. */
const shortEnough = 14;

/**
 * The label a small frame shows: the part before a qualifier (" (", " / ", " – ", ": "), or the
 * leading words that fit. Always a prefix of the label, so the accessible name (the full label)
 * starts with what is on screen.
 */
export function shortLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length <= shortEnough) return trimmed;
  const qualifier = trimmed.search(/ \(| \/ | [–—-] |: /);
  if (qualifier > 0 && qualifier <= shortEnough + 4) return trimmed.slice(0, qualifier);
  const words = trimmed.split(/\s+/);
  let out = words[0] ?? trimmed;
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > shortEnough + 4) break;
    out = `${out} ${word}`;
  }
  return out;
}
