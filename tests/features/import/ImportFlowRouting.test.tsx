import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportFlow, type ImportRequest } from '../../../src/features/import/ImportFlow';
import type { OpenedDataset } from '../../../src/io/import/openDataset';
import { runLinkImport, type RunningImport } from '../../../src/io/import/runImport';
import { defaultView } from '../../../src/model/viewState';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory, tinyStory } from '../../fixtures/datasets';

/** Imports whose answers the test gives, one at a time: the worker's timing, made deterministic. */
interface Pending {
  answer(opened: OpenedDataset): void;
  route(routes: ReadonlyMap<string, string>): void;
  readonly cancel: ReturnType<typeof vi.fn>;
}
const pending: Pending[] = [];

vi.mock('../../../src/io/import/runImport', () => ({
  runImport: vi.fn(),
  runLinkImport: vi.fn((): RunningImport => {
    let answer: Pending['answer'] = () => undefined;
    let route: (routes: ReadonlyMap<string, string> | null) => void = () => undefined;
    const cancel = vi.fn(() => route(null));
    const result = new Promise<OpenedDataset | null>((resolve) => {
      answer = resolve;
    });
    const routes = new Promise<ReadonlyMap<string, string> | null>((resolve) => {
      route = resolve;
    });
    pending.push({ answer, route, cancel });
    return { result, routes, json: Promise.resolve(undefined), cancel };
  }),
}));

const request = (serial: number): ImportRequest => ({ serial, address: `https://example.org/${serial}.json`, view: defaultView });

describe('ImportFlow and the curves that follow a story', () => {
  it('keeps routing the story on screen when the next import starts, and stops only what is not on screen yet', async () => {
    const store = createExplorerStore(tinyStory());
    const view = render(<ImportFlow store={store} request={request(1)} onOpened={() => undefined} />);
    const story = bundledStory();
    const [first] = pending;
    if (first === undefined) throw new Error('no import started');
    // The story arrives with its links straight, and is shown.
    act(() => first.answer({ outcome: { ok: true, dataset: story.dataset, format: 'json', warnings: [] }, story: { ...story, routes: new Map() } }));
    await vi.waitFor(() => expect(store.getState().dataset).toBe(story.dataset));
    // The next import starts before the first story's curves arrive.
    view.rerender(<ImportFlow store={store} request={request(2)} onOpened={() => undefined} />);
    expect(runLinkImport).toHaveBeenCalledTimes(2);
    expect(first.cancel).not.toHaveBeenCalled();
    act(() => first.route(story.routes));
    await vi.waitFor(() => expect(store.getState().routes).toBe(story.routes));
    // A third request stops the second, which has shown nothing.
    view.rerender(<ImportFlow store={store} request={request(3)} onOpened={() => undefined} />);
    expect(pending[1]?.cancel).toHaveBeenCalled();
    await screen.findByText(/^Opening example\.org/);
  });
});
