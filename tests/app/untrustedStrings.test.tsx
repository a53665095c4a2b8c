import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { parseDataset } from '../../src/model/parseDataset';
import { createExplorerStore } from '../../src/store/explorerStore';
import { createLibraryStore } from '../../src/store/libraryStore';
import { storyOf } from '../fixtures/datasets';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

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
      hiddenOutlets: new Set(), singleSource: false, presenting: false, theme: 'auto' as const,
    });
    const { container } = render(<App store={store} library={createLibraryStore(store)} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: payload })).toBeInTheDocument();
    expect(screen.getByText(`<b>${payload}</b>`, { selector: '.citation__words' })).toBeInTheDocument();
  });
});
