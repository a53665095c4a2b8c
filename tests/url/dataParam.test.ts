import { describe, expect, it } from 'vitest';
import { readDataParam } from '../../src/url/dataParam';

describe('the data parameter', () => {
  it('reads the address a link names, decoded, and nothing when it is absent or blank', () => {
    expect(readDataParam('?data=https%3A%2F%2Fgist.example.org%2Fraw%2Fa.csv&actor=x')).toBe('https://gist.example.org/raw/a.csv');
    expect(readDataParam('?actor=x')).toBeNull();
    expect(readDataParam('?data=%20%20')).toBeNull();
  });
});
