import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createExplorerStore } from '../../src/store/explorerStore';
import { createLibraryStore } from '../../src/store/libraryStore';
import { bundledStory } from '../fixtures/datasets';
import { graphNodeNamed } from '../fixtures/graphNodeName';

function renderApp(embed = false) {
  const store = createExplorerStore(bundledStory());
  const user = userEvent.setup();
  render(<App store={store} library={createLibraryStore(store)} mode={embed ? 'embed' : 'full'} />);
  return { store, user };
}

const node = (label: string) => screen.getByRole('button', { name: graphNodeNamed(label) });
const panel = (name: string) => screen.getByRole('region', { name });
const sourceFilter = () => within(screen.getByRole('group', { name: 'Source' }));
const benefitFilter = () => within(screen.getByRole('group', { name: 'Benefit type' }));

describe('App', () => {
  it('shows what North Korea gains, who says so and where, when it is clicked', async () => {
    const { user } = renderApp();
    await user.click(node('North Korea'));
    expect(node('North Korea')).toHaveAttribute('aria-pressed', 'true');
    const details = within(panel('North Korea'));
    expect(details.getByRole('heading', { level: 2, name: 'North Korea' })).toBeInTheDocument();
    // One line that answers the question, then a row per benefit with its outlets.
    expect(details.getByText('Gains 7 benefits, cited by 7 outlets · provides 3 · no costs')).toBeInTheDocument();
    for (const heading of ['Gains', 'Provides'])
      expect(details.getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    expect(details.queryByRole('heading', { level: 3, name: 'Costs' })).not.toBeInTheDocument();
    const oil = details.getByText('Oil').closest('summary');
    expect(oil).toHaveTextContent('Oil · CNN, The Conversation');
    for (const benefit of ['Missile technology', 'Food aid']) expect(details.getAllByText(benefit).length).toBeGreaterThan(0);
    expect(details.getAllByText('David Sanger').length).toBeGreaterThan(0);
    expect(details.getAllByText('Sung Ki-young').length).toBeGreaterThan(0);
    expect(details.getAllByText('Daniel Salisbury').length).toBeGreaterThan(0);
    expect(details.getByText(/North Korea's five major weapons projects are all based on original Russian technology/)).toBeInTheDocument();
  });

  it("drops David Sanger's citations when CNN is hidden, keeping the others", async () => {
    const { user } = renderApp();
    await user.click(node('North Korea'));
    expect(within(panel('North Korea')).queryAllByText('David Sanger').length).toBeGreaterThan(0);
    await user.click(sourceFilter().getByRole('checkbox', { name: /^CNN/ }));
    const details = within(panel('North Korea'));
    expect(details.queryByText('David Sanger')).not.toBeInTheDocument();
    expect(details.queryByText('Carl Schuster')).not.toBeInTheDocument();
    expect(details.getAllByText('Sung Ki-young').length).toBeGreaterThan(0);
    expect(sourceFilter().getByRole('checkbox', { name: /^CNN/ })).not.toBeChecked();
  });

  it('clears the selection with Escape and with a click on the background', async () => {
    const { user } = renderApp();
    await user.click(node('Russia'));
    expect(panel('Russia')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Russia' })).not.toBeInTheDocument();
    expect(node('Russia')).toHaveAttribute('aria-pressed', 'false');
    await user.click(node('Oil'));
    expect(panel('Oil')).toBeInTheDocument();
    // A plain click: user-event's synthetic mousedown lacks the `view` d3-zoom reads (jsdom only).
    fireEvent.click(screen.getByRole('application', { name: /^Graph of actors and benefit types/ }));
    expect(screen.queryByRole('region', { name: 'Oil' })).not.toBeInTheDocument();
  });

  it('closes the panel with its button and returns focus to the node', async () => {
    const { user } = renderApp();
    await user.click(node('Oil'));
    await user.click(within(panel('Oil')).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('region', { name: 'Oil' })).not.toBeInTheDocument();
    expect(node('Oil')).toHaveFocus();
  });

  it('selects from the keyboard right after a node was dragged', async () => {
    renderApp();
    const iran = node('Iran');
    fireEvent.pointerDown(iran, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
    const svg = screen.getByRole('application', { name: /^Graph of actors/ });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 60, clientY: 10 });
    fireEvent.pointerUp(svg, { pointerId: 1 });
    // A drag swallows the click that ends it (none came here), never the next key press.
    fireEvent.keyDown(iran, { key: 'Enter' });
    expect(iran).toHaveAttribute('aria-pressed', 'true');
  });

  it('selects a node from the keyboard', async () => {
    const { user } = renderApp();
    node('Iran').focus();
    await user.keyboard('{Enter}');
    expect(node('Iran')).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel('Iran')).getByText('Drones').closest('summary')).toHaveTextContent('Drones · NPR');
    await user.keyboard(' ');
    expect(node('Iran')).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows a benefit type with who gains and who provides it', async () => {
    const { user } = renderApp();
    await user.click(node('Munitions (artillery ammunition)'));
    const details = within(panel('Munitions (artillery ammunition)'));
    expect(details.getByText('Gained by 1 actor, cited by 3 outlets · provided by 1 · no costs')).toBeInTheDocument();
    const gains = details.getByRole('heading', { level: 3, name: 'Who gains' }).parentElement!;
    expect(within(gains).getByText('Russia').closest('summary')).toHaveTextContent('Russia · The Week, NPR, White House briefing');
    const provides = details.getByRole('heading', { level: 3, name: 'Who provides' }).parentElement!;
    expect(within(provides).getByText('North Korea')).toBeInTheDocument();
    expect(details.getAllByText('John Kirby').length).toBeGreaterThan(0);
  });

  it('hides a benefit type node, and None/All switch a whole group', async () => {
    const { user } = renderApp();
    expect(node('Oil')).toBeInTheDocument();
    await user.click(benefitFilter().getByRole('checkbox', { name: /^Oil/ }));
    expect(screen.queryByRole('button', { name: graphNodeNamed('Oil') })).not.toBeInTheDocument();
    await user.click(sourceFilter().getByRole('button', { name: 'None' }));
    expect(screen.getByText(/^Showing \d+ of 14 claims$/)).toHaveTextContent('Showing 0 of 14 claims');
    expect(sourceFilter().getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    // Actors stay, marked as having nothing shown.
    expect(screen.getByRole('button', { name: 'Russia, actor, no claims shown' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /, no claims shown$/ })).toHaveLength(4);
    await user.click(sourceFilter().getByRole('button', { name: 'All' }));
    expect(screen.getByText(/^Showing \d+ of 14 claims$/)).toHaveTextContent('Showing 13 of 14 claims');
  });

  it('says on each outlet how many claims cite it and how many rest on it alone', () => {
    renderApp();
    expect(sourceFilter().getByRole('checkbox', { name: 'CNN · 3 claims, 1 alone' })).toBeChecked();
    expect(sourceFilter().getByRole('checkbox', { name: 'The Week · 7 claims, 0 alone' })).toBeChecked();
    expect(sourceFilter().getByRole('checkbox', { name: 'The Conversation · 3 claims, 1 alone' })).toBeChecked();
    expect(benefitFilter().getByRole('checkbox', { name: 'Strategic leverage against the US · 3 claims' })).toBeChecked();
  });

  it('embeds the bare graph with a compact legend and an attribution', async () => {
    const { user, store } = renderApp(true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who gains from a North Korea-Russia alliance');
    expect(screen.queryByText(/The gains and costs that The Week's article attributes/)).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Source' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
    expect(screen.getByText(/Quotes as cited by the outlets named/)).toHaveTextContent(
      '“A North Korea-Russia alliance is about more than weapons”, The Week',
    );
    await user.click(node('North Korea'));
    expect(panel('North Korea')).toBeInTheDocument();
    act(() => store.getState().select(null));
    expect(screen.queryByRole('region', { name: 'North Korea' })).not.toBeInTheDocument();
  });
});

describe('Escape', () => {
  it('closes the innermost open thing first: the filters panel, then the selection', async () => {
    const { user } = renderApp();
    await user.click(node('Russia'));
    const toggle = screen.getByRole('button', { name: /^Filters/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel('Russia')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Russia' })).not.toBeInTheDocument();
  });

  it('says on the phone filters button how many filters are switched off', async () => {
    const { user } = renderApp();
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    await user.click(sourceFilter().getByRole('checkbox', { name: /^CNN/ }));
    await user.click(benefitFilter().getByRole('checkbox', { name: /^Oil/ }));
    expect(screen.getByRole('button', { name: 'Filters · 2 hidden' })).toBeInTheDocument();
  });
});

describe('Single-source claims', () => {
  it('highlights exactly the links that one outlet supports', async () => {
    const { user, store } = renderApp();
    const sw = screen.getByRole('switch', { name: 'Single-source claims' });
    expect(sw).not.toBeChecked();
    expect(document.querySelectorAll('.graph-link.is-single-source')).toHaveLength(0);
    await user.click(sw);
    expect(store.getState().singleSource).toBe(true);
    const links = [...document.querySelectorAll<SVGGElement>('.graph-link[data-link-id]')];
    const single = links.filter((l) => l.dataset.weight === '1').map((l) => l.dataset.linkId);
    const highlighted = links.filter((l) => l.classList.contains('is-single-source')).map((l) => l.dataset.linkId);
    expect(single.length).toBeGreaterThan(0);
    expect(single.length).toBeLessThan(links.length);
    expect(highlighted).toEqual(single);
  });
});
