/** "1 claim", "3 claims", "10,000 claims": a count with its noun, the one way every count is written. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
