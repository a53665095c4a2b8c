import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LazyShortcuts } from '../../src/app/LazyShortcuts';

describe('the shortcut list', () => {
  it('opens with ?, but not while typing into a field', async () => {
    render(
      <>
        <input aria-label="Search" />
        <LazyShortcuts />
      </>,
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Search' }));
    await userEvent.keyboard('?');
    expect(screen.queryByRole('table')).toBeNull();
    screen.getByRole('textbox', { name: 'Search' }).blur();
    await userEvent.keyboard('?');
    const table = await screen.findByRole('table', { hidden: true });
    expect(table).toHaveTextContent('Alt + arrow');
    expect(table).toHaveTextContent('] / [');
  });
});
