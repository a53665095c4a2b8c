import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailPanel } from '../../../src/features/details/DetailPanel';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory } from '../../fixtures/datasets';

function renderPanel(actor: string, compact = false) {
  const store = createExplorerStore(bundledStory(), {
    selected: { kind: 'actor', id: actor },
    hiddenBenefitTypes: new Set(),
    hiddenOutlets: new Set(),
    singleSource: false, presenting: false, theme: 'auto' as const,
  });
  render(<DetailPanel store={store} compact={compact} />);
  return store;
}

const salisbury = 'North Korea desperately wants commodities such as food, oil, fertiliser and other goods';

describe('DetailPanel', () => {
  it('opens with a one-line summary of what the actor gains, provides and costs', () => {
    renderPanel('north-korea');
    expect(screen.getByText('Gains 7 benefits, cited by 7 outlets · provides 3 · no costs')).toBeInTheDocument();
  });

  it('renders a citation shared by three claims once, saying which benefits it supports', () => {
    renderPanel('north-korea');
    const panel = within(screen.getByRole('region', { name: 'North Korea' }));
    expect(panel.getAllByText(salisbury, { selector: '.citation__words' })).toHaveLength(1);
    expect(panel.getByText('Also supports Food aid, Commodities.')).toBeInTheDocument();
    expect(panel.getAllByText(/^Daniel Salisbury, The Conversation: quoted under Oil\.$/)).toHaveLength(2);
  });

  it('keeps quotes behind a disclosure per row, one row a benefit', async () => {
    renderPanel('north-korea');
    const panel = screen.getByRole('region', { name: 'North Korea' });
    const rows = panel.querySelectorAll('details');
    expect(rows).toHaveLength(10);
    expect([...rows].every((row) => !row.open)).toBe(true);
    const oil = within(panel).getByText('Oil').closest('summary') as HTMLElement;
    await userEvent.click(oil);
    expect(oil.closest('details')?.open).toBe(true);
  });

  it('opens the only row when there is just one', () => {
    renderPanel('iran');
    const rows = screen.getByRole('region', { name: 'Iran' }).querySelectorAll('details');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.open).toBe(true);
  });

  it('keeps every row closed in the compact (embed) form', () => {
    renderPanel('iran', true);
    expect(screen.getByRole('region', { name: 'Iran' }).querySelector('details')?.open).toBe(false);
  });
});
