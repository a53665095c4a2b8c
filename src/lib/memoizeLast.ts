/**
 * Remembers the last call: the same arguments (by identity) return the same result object, which
 * is what React and zustand need to skip work and re-renders.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    if (lastArgs !== undefined && args.length === lastArgs.length && args.every((a, i) => a === lastArgs?.[i])) {
      return lastResult as Result;
    }
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}
