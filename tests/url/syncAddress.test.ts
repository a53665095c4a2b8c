import { afterEach, describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/explorerStore';
import { createLibraryStore } from '../../src/store/libraryStore';
import { memoryDatasetShelf } from '../../src/io/datasetShelf';
import { syncAddress } from '../../src/url/syncAddress';
import { decodeView } from '../../src/url/viewUrl';
import { tinyStory } from '../fixtures/datasets';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('syncAddress', () => {
  it('keeps the address bar in step with the store without adding history entries', () => {
    window.history.replaceState(null, '', '/explorer/?embed=1');
    const before = window.history.length;
    const store = createExplorerStore(tinyStory());
    const stop = syncAddress(store, null);
    store.getState().select({ kind: 'actor', id: 'beta' });
    store.getState().toggleOutlet('radio');
    expect(window.location.pathname).toBe('/explorer/');
    expect(window.location.search).toBe('?embed=1&actor=beta&hide-sources=radio');
    expect(window.history.length).toBe(before);
    stop();
    store.getState().select(null);
    expect(window.location.search).toContain('actor=beta');
  });

  it('with a restore function, makes each selection and filter a history entry that Back undoes', async () => {
    window.history.replaceState(null, '', '/');
    const before = window.history.length;
    const store = createExplorerStore(tinyStory());
    const stop = syncAddress(store, null, window, { restore: (view) => store.getState().applyView(view) });
    store.getState().select({ kind: 'actor', id: 'alpha' });
    store.getState().select({ kind: 'actor', id: 'beta' });
    store.getState().toggleOutlet('radio');
    expect(window.history.length).toBe(before + 3);
    const back = () => new Promise((resolve) => {
      window.addEventListener('popstate', resolve, { once: true });
      window.history.back();
    });
    await back();
    expect(store.getState().hiddenOutlets.size).toBe(0);
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'beta' });
    await back();
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'alpha' });
    // Going back rewrote nothing: Forward still leads where the reader was.
    expect(window.history.length).toBe(before + 3);
    expect(window.location.search).toBe('?actor=alpha');
    stop();
  });

  it('rewrites a copied link to the view it restored, dropping unknown ids', () => {
    window.history.replaceState(null, '', '/?embed=1&actor=alpha&hide-benefits=cash,gold&hide-sources=');
    const store = createExplorerStore(tinyStory(), decodeView(window.location.search).view);
    const stop = syncAddress(store, null);
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'alpha' });
    const params = [...new URLSearchParams(window.location.search)].sort();
    expect(params).toEqual([['actor', 'alpha'], ['embed', '1'], ['hide-benefits', 'cash']]);
    stop();
  });

  it('leaves a link’s view in the address while its story is still arriving, until the store shows it', () => {
    window.history.replaceState(null, '', '/?data=https%3A%2F%2Fgist.example.org%2Fa.csv&actor=beta');
    const store = createExplorerStore(tinyStory());
    const stop = syncAddress(store, null, window, { writeNow: false });
    expect(new URLSearchParams(window.location.search).get('actor')).toBe('beta');
    store.getState().loadStory(tinyStory(), decodeView(window.location.search).view);
    expect(new URLSearchParams(window.location.search).get('actor')).toBe('beta');
    store.getState().select(null);
    expect(new URLSearchParams(window.location.search).get('actor')).toBeNull();
    stop();
  });

  it('is the one writer of where the story comes from: ?dataset= and ?data= follow the library', async () => {
    window.history.replaceState(null, '', '/?data=https%3A%2F%2Fgist.example.org%2Fa.csv&actor=beta');
    const store = createExplorerStore(tinyStory());
    const library = createLibraryStore(store, { dataAddress: 'https://gist.example.org/a.csv', openShelf: () => Promise.resolve(memoryDatasetShelf()) });
    const stop = syncAddress(store, library, window, { writeNow: false });
    // The link's story is still arriving: its address and view stay as they are.
    expect(window.location.search).toBe('?data=https%3A%2F%2Fgist.example.org%2Fa.csv&actor=beta');
    store.getState().select({ kind: 'actor', id: 'alpha' });
    expect(new URLSearchParams(window.location.search).get('data')).toBe('https://gist.example.org/a.csv');
    // A file opened and kept: the address names the stored story, and no longer the link.
    await library.getState().keep(store.getState().dataset);
    expect(window.location.search).toBe('?actor=alpha&dataset=tiny');
    await library.getState().open(null);
    expect(window.location.search).toBe('');
    stop();
  });
});
