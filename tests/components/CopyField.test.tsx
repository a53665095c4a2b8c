import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyField } from '../../src/components/CopyField';

describe('CopyField', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies its text and says so, until the text changes', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { rerender } = render(<CopyField label="Link to this view" value="https://example.org/?actor=iran" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(writeText).toHaveBeenCalledWith('https://example.org/?actor=iran');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    rerender(<CopyField label="Link to this view" value="https://example.org/?actor=russia" />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('selects the text and says how to copy it where the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyField label="Embed code" value="<iframe></iframe>" />);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('<iframe></iframe>');
    expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
  });
});
