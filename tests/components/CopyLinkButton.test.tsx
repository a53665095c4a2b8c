import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../src/components/CopyLinkButton';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('CopyLinkButton', () => {
  it('copies the address of the current view and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    window.history.replaceState(null, '', '/?actor=iran');
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/?actor=iran');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('points to the address bar when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy the address bar: it holds this view');
  });
});
