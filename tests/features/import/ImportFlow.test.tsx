import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportFlow, type ImportRequest } from '../../../src/features/import/ImportFlow';
import { defaultView, type ViewState } from '../../../src/model/viewState';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { tinyStory } from '../../fixtures/datasets';

const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme,Water,gain,Acme gets water.,Daily,clean water\n';

/** A link's view naming the linked story's actor and, for the tiny story, one of its own. */
const view = (actor: string): ViewState => ({ ...defaultView, selected: { kind: 'actor', id: actor }, singleSource: true });

function openLink(request: ImportRequest) {
  const store = createExplorerStore(tinyStory());
  const onOpened = vi.fn();
  render(<ImportFlow store={store} request={request} onOpened={onOpened} />);
  return { store, onOpened };
}

afterEach(() => vi.unstubAllGlobals());

describe('ImportFlow, for a link’s file', () => {
  it('shows the linked story with the view the link names, and reports it as a link’s', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(csv))));
    const { store, onOpened } = openLink({ serial: 1, address: 'https://gist.example.org/raw/acme.csv', view: view('acme') });
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(onOpened.mock.calls[0]?.[2]).toBe('link');
    expect(store.getState().dataset.meta.title).toBe('acme');
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'acme' });
    expect(store.getState().singleSource).toBe(true);
  });

  it('applies the view to the story on screen where the file does not open, dropping ids it does not know', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }))));
    const { store, onOpened } = openLink({ serial: 1, address: 'https://gist.example.org/raw/gone.csv', view: view('acme') });
    await screen.findByText('gist.example.org could not be opened.');
    const before = tinyStory().dataset.meta.title;
    expect(store.getState().dataset.meta.title).toBe(before);
    await vi.waitFor(() => expect(store.getState().singleSource).toBe(true));
    expect(store.getState().selected).toBeNull();
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('stops on Cancel: nothing changes and it says so', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    const { store, onOpened } = openLink({ serial: 1, address: 'https://gist.example.org/raw/slow.csv', view: defaultView });
    const title = store.getState().dataset.meta.title;
    // The progress and its Cancel appear after half a second.
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }, { timeout: 2000 }));
    await screen.findByText('Stopped opening gist.example.org; nothing changed.');
    expect(store.getState().dataset.meta.title).toBe(title);
    expect(onOpened).not.toHaveBeenCalled();
  });
});
