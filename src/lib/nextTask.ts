/**
 * Resolves in a later task of the event loop, so that work before and after it are two tasks the
 * browser can paint and answer input between, not one long one.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
