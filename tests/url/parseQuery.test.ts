import { describe, expect, it } from 'vitest';
import { maxQueryLength, parseQuery } from '../../src/url/parseQuery';

describe('parseQuery', () => {
  it('keeps every value of a name in order, with names like __proto__ as plain data', () => {
    const { params, malformed, truncated } = parseQuery('?a=1&a=2&__proto__=x&b&c=%20d+e');
    expect([...params]).toEqual([
      ['a', ['1', '2']],
      ['__proto__', ['x']],
      ['b', ['']],
      ['c', [' d e']],
    ]);
    expect(malformed).toEqual([]);
    expect(truncated).toBe(false);
  });

  it('reports parts with invalid percent-encoding instead of guessing', () => {
    const { params, malformed } = parseQuery('?ok=1&bad=%E0%A4%A&%=x');
    expect([...params.keys()]).toEqual(['ok']);
    expect(malformed).toEqual(['bad=%E0%A4%A', '%=x']);
  });

  it('stops at the last whole parameter before the length limit', () => {
    const { params, truncated } = parseQuery(`?a=1&b=${'x'.repeat(maxQueryLength)}&c=3`);
    expect(truncated).toBe(true);
    expect([...params.keys()]).toEqual(['a']);
  });
});
