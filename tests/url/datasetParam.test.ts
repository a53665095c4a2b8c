import { describe, expect, it } from 'vitest';
import { encodeOrigin, readDatasetParam, withDataParam } from '../../src/url/datasetParam';

describe('the dataset parameter', () => {
  it('reads the name a link gives, whatever it is, for the shelf to answer', () => {
    expect(readDatasetParam('?dataset=acme-water&actor=x')).toBe('acme-water');
    expect(readDatasetParam('?dataset=__proto__')).toBe('__proto__');
    for (const absent of ['', '?dataset=', '?dataset=%20', '?actor=x']) expect(readDatasetParam(absent)).toBeNull();
  });

  it('names where the story comes from, keeping the rest of the query', () => {
    expect(encodeOrigin({ kind: 'stored', id: 'acme-water' }, '?actor=alpha')).toBe('?actor=alpha&dataset=acme-water');
    expect(encodeOrigin({ kind: 'bundled' }, '?actor=alpha&dataset=acme-water')).toBe('?actor=alpha');
    expect(encodeOrigin({ kind: 'link', address: 'https://gist.example.org/a.csv' }, '?dataset=acme-water&hide-sources=a,b')).toBe(
      '?hide-sources=a,b&data=https%3A%2F%2Fgist.example.org%2Fa.csv',
    );
    // A file that could not be kept: a reload shows the built-in story, not a file other than the one on screen.
    expect(encodeOrigin({ kind: 'unkept' }, '?data=https%3A%2F%2Fgist.example.org%2Fa.csv&actor=alpha')).toBe('?actor=alpha');
    expect(encodeOrigin({ kind: 'bundled' }, '?dataset=x')).toBe('');
  });

  it('leaves a query that already says it exactly as written', () => {
    const search = '?data=https://gist.example.org/a.csv&actor=alpha';
    expect(encodeOrigin({ kind: 'link', address: 'https://gist.example.org/a.csv' }, search)).toBe(search);
  });

  it('puts a file on the web in place of a stored story, for a link that opens anywhere', () => {
    const href = withDataParam('https://teach.example/who-gains/?dataset=acme-water&actor=alpha', 'https://gist.example.org/raw/a.csv');
    const url = new URL(href);
    expect(url.searchParams.get('dataset')).toBeNull();
    expect(url.searchParams.get('data')).toBe('https://gist.example.org/raw/a.csv');
    expect(url.searchParams.get('actor')).toBe('alpha');
  });
});
