import { describe, expect, it } from 'vitest';
import { readDatasetParam, writeDatasetParam } from '../../src/url/datasetParam';

describe('the dataset parameter', () => {
  it('reads an id, and nothing that is not one', () => {
    expect(readDatasetParam('?dataset=acme-water&actor=x')).toBe('acme-water');
    for (const bad of ['', '?dataset=', '?dataset=__proto__', '?dataset=Acme', '?dataset=a%20b', `?dataset=${'a'.repeat(101)}`])
      expect(readDatasetParam(bad)).toBeNull();
  });

  it('writes and removes it, keeping the rest of the address', () => {
    window.history.replaceState(null, '', '/app/?actor=alpha#top');
    writeDatasetParam('acme-water');
    expect(`${window.location.search}${window.location.hash}`).toBe('?actor=alpha&dataset=acme-water#top');
    writeDatasetParam(null);
    expect(`${window.location.search}${window.location.hash}`).toBe('?actor=alpha#top');
  });
});
