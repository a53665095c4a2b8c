import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterChangeNote } from '../../../src/features/filters/FilterChangeNote';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory } from '../../fixtures/datasets';

function renderNote() {
  const store = createExplorerStore(bundledStory());
  render(<FilterChangeNote store={store} />);
  return store;
}

const note = () => screen.getByRole('status');

describe('FilterChangeNote', () => {
  it('says what hiding and showing an outlet changed', async () => {
    const store = renderNote();
    expect(note()).toHaveTextContent('');
    act(() => store.getState().toggleOutlet('cnn'));
    const cnnHidden = 'Hiding CNN removed 1 claim (North Korea · Prestige / looking less isolated); 2 claims now rest on one outlet.';
    await waitFor(() => expect(note()).toHaveTextContent(cnnHidden));
    act(() => store.getState().toggleOutlet('cnn'));
    await waitFor(() => expect(note()).toHaveTextContent('Showing CNN again brought back 1 claim'));
  });

  it('says what hiding and showing a benefit type changed, and when hiding removed nothing', async () => {
    const store = renderNote();
    act(() => store.getState().toggleBenefitType('oil'));
    await waitFor(() => expect(note()).toHaveTextContent('Hiding Oil removed 1 claim (North Korea · Oil).'));
    act(() => store.getState().toggleBenefitType('oil'));
    await waitFor(() => expect(note()).toHaveTextContent('Showing Oil again brought back 1 claim (North Korea · Oil).'));
    act(() => store.getState().toggleOutlet('the-wall-street-journal'));
    await waitFor(() => expect(note()).toHaveTextContent('Hiding The Wall Street Journal removed nothing; 1 claim now rests on one outlet.'));
  });

  it('says nothing for a change that is not a filter, and can be dismissed', async () => {
    const store = renderNote();
    act(() => store.getState().toggleOutlet('npr'));
    act(() => store.getState().select({ kind: 'actor', id: 'iran' }));
    await waitFor(() => expect(note()).toHaveTextContent(/^Hiding NPR removed/));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss note' }));
    expect(note()).toHaveTextContent('');
  });
});
