import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/filters/FilterBar';
import { defaultView } from '../../../src/model/viewState';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { bundledStory } from '../../fixtures/datasets';

describe('FilterBar', () => {
  it('says what a shared view left hidden, under the claim count', () => {
    const store = createExplorerStore(bundledStory(), { ...defaultView, hiddenOutlets: new Set(['cnn']) });
    render(<FilterBar store={store} />);
    expect(screen.getByText(/^Showing/)).toHaveTextContent('Showing 13 of 14 claims');
    expect(screen.getByText('CNN hidden')).toBeInTheDocument();
    act(() => store.getState().toggleBenefitType('oil'));
    expect(screen.getByText('CNN hidden · Oil hidden')).toBeInTheDocument();
    act(() => {
      store.getState().toggleOutlet('cnn');
      store.getState().toggleBenefitType('oil');
    });
    expect(screen.queryByText(/hidden/)).not.toBeInTheDocument();
  });
});
