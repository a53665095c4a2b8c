import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { DatasetErrors } from '../../src/components/DatasetErrors';
import { parseDataset } from '../../src/model/parseDataset';
import { createExplorerStore } from '../../src/store/explorerStore';
import { storyOf } from '../fixtures/datasets';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

describe('DatasetErrors', () => {
  it('lists every problem with its path instead of a blank page', () => {
    const input = tinyDatasetInput();
    input.claims[0]!.beneficiary = 'russia2';
    input.actors.push({ ...input.actors[1]! });
    const result = parseDataset(input);
    if (result.ok) throw new Error('expected errors');
    render(<DatasetErrors source="data/test.json" errors={result.errors} />);
    expect(screen.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeInTheDocument();
    expect(screen.getByText(/data\/test\.json has 2 problems/)).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'actors[3].id: "beta" is a duplicate id (actors[1] has it too)',
      'claims[0].beneficiary: "russia2" is not a known actor',
    ]);
  });
});

describe('untrusted strings', () => {
  it('are rendered as text, never as HTML', () => {
    const input = tinyDatasetInput();
    const payload = '<img src=x onerror="window.__pwned=1">';
    input.actors[0]!.name = payload;
    input.claims[0]!.citations[0]!.quote = `<b>${payload}</b>`;
    const result = parseDataset(input);
    if (!result.ok) throw new Error('fixture invalid');
    const store = createExplorerStore(storyOf(result.dataset), {
      selected: { kind: 'actor', id: 'alpha' },
      hiddenBenefitTypes: new Set(),
      hiddenOutlets: new Set(),
    });
    const { container } = render(<App store={store} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: payload })).toBeInTheDocument();
    expect(screen.getByText(`“<b>${payload}</b>”`)).toBeInTheDocument();
  });
});
