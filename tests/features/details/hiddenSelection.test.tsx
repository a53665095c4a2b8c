import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { createLibraryStore } from '../../../src/store/libraryStore';
import { bundledStory } from '../../fixtures/datasets';
import { graphNodeNamed } from '../../fixtures/graphNodeName';

function renderApp(mode: 'full' | 'embed' = 'full') {
  const store = createExplorerStore(bundledStory());
  const user = userEvent.setup();
  const view = render(<App store={store} library={createLibraryStore(store)} mode={mode} />);
  return { store, user, view };
}

const graphSvg = (container: HTMLElement) => container.querySelector('svg.graph-view__svg');

describe('a selection that the filters hide', () => {
  it('keeps a hidden benefit type on screen, says why, and offers to show its claims', async () => {
    const { store, user, view } = renderApp();
    await user.click(screen.getByRole('button', { name: graphNodeNamed('Oil') }));
    await user.click(within(screen.getByRole('group', { name: 'Benefit type' })).getByRole('checkbox', { name: /^Oil/ }));

    const oil = screen.getByRole('button', { name: 'Oil, benefit type, no claims shown' });
    expect(oil).toHaveAttribute('aria-pressed', 'true');
    expect(oil).toHaveClass('is-filtered-out');
    // Nothing visible to stand out with, so the rest of the graph does not fade.
    expect(graphSvg(view.container)?.querySelectorAll('.is-faded, .is-emphasising')).toHaveLength(0);
    const details = within(screen.getByRole('region', { name: 'Oil' }));
    expect(details.getByText('The current filters hide every claim about Oil.')).toBeInTheDocument();
    expect(details.queryByText('None shown.')).not.toBeInTheDocument();

    await user.click(details.getByRole('button', { name: 'Show its claims' }));
    expect([...store.getState().hiddenBenefitTypes]).toEqual([]);
    expect(screen.getByRole('button', { name: graphNodeNamed('Oil') })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('region', { name: 'Oil' })).getByRole('heading', { name: 'Who gains', level: 3 })).toBeInTheDocument();
  });

  it('keeps an actor whose every outlet is hidden, and shows only the outlets it needs again', async () => {
    const { store, user } = renderApp();
    act(() => {
      store.getState().select({ kind: 'actor', id: 'iran' });
      store.getState().setAllOutletsHidden(true);
    });
    const iran = screen.getByRole('button', { name: 'Iran, actor, no claims shown' });
    expect(iran).toHaveAttribute('aria-pressed', 'true');
    const details = within(screen.getByRole('region', { name: 'Iran' }));
    await user.click(details.getByRole('button', { name: 'Show its claims' }));
    // Iran's one claim rests on NPR alone: that is all that comes back.
    expect(store.getState().hiddenOutlets.has('npr')).toBe(false);
    expect(store.getState().hiddenOutlets.size).toBe(store.getState().dataset.outlets.length - 1);
    expect(screen.getByRole('button', { name: graphNodeNamed('Iran') })).toHaveAttribute('aria-pressed', 'true');
  });

  it('returns focus to the graph when the panel of a hidden node is closed, never to the page body', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: graphNodeNamed('Drones') }));
    await user.click(within(screen.getByRole('group', { name: 'Benefit type' })).getByRole('checkbox', { name: /^Drones/ }));
    await user.click(within(screen.getByRole('region', { name: 'Drones' })).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('region', { name: 'Drones' })).not.toBeInTheDocument();
    // The filters hide Drones once it is no longer selected: focus lands on the graph itself.
    expect(screen.queryByRole('button', { name: /^Drones/ })).not.toBeInTheDocument();
    expect(screen.getByRole('application', { name: /^Graph of actors and benefit types/ })).toHaveFocus();
  });

  it.each(['full', 'embed'] as const)('returns focus to the node when Escape closes the panel from inside it (%s)', async (mode) => {
    const { user } = renderApp(mode);
    await user.click(screen.getByRole('button', { name: graphNodeNamed('Labor') }));
    within(screen.getByRole('region', { name: 'Labor' })).getByRole('button', { name: 'Close details' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Labor' })).not.toBeInTheDocument();
    await act(async () => {});
    expect(screen.getByRole('button', { name: graphNodeNamed('Labor') })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });
});
