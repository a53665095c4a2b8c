const keys = new WeakMap<object, number>();
let last = 0;

/**
 * A number that stays the same for the same object and differs between objects: a React `key`
 * that remounts a component when, say, another story replaces the one it drew.
 */
export function identityKey(value: object): number {
  let key = keys.get(value);
  if (key === undefined) {
    last += 1;
    key = last;
    keys.set(value, key);
  }
  return key;
}
