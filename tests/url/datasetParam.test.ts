import { describe, expect, it } from 'vitest';
import { readDatasetParam, withDataParam, writeDatasetParam } from '../../src/url/datasetParam';

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

  it('drops a ?data= link when another story is written, so a reload shows what is on screen', () => {
    window.history.replaceState(null, '', '/app/?data=https%3A%2F%2Fgist.example.org%2Fa.csv&actor=alpha');
    writeDatasetParam('acme-water');
    expect(window.location.search).toBe('?actor=alpha&dataset=acme-water');
  });

  it('puts a file on the web in place of a stored story, for a link that opens anywhere', () => {
    const href = withDataParam('https://teach.example/who-gains/?dataset=acme-water&actor=alpha', 'https://gist.example.org/raw/a.csv');
    const url = new URL(href);
    expect(url.searchParams.get('dataset')).toBeNull();
    expect(url.searchParams.get('data')).toBe('https://gist.example.org/raw/a.csv');
    expect(url.searchParams.get('actor')).toBe('alpha');
  });
});
