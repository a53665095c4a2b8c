/**
 * Focuses the first element found for the selectors, in order; for returning keyboard focus to
 * a sensible control when the one that had it goes away. Returns whether anything took focus.
 */
export function focusFirst(selectors: readonly string[], root: ParentNode = document): boolean {
  for (const selector of selectors) {
    const element = root.querySelector<HTMLElement | SVGElement>(selector);
    if (element !== null) {
      element.focus();
      return true;
    }
  }
  return false;
}
