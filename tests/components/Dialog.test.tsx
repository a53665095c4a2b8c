import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../src/components/Dialog';

describe('Dialog', () => {
  it('closes on a click on its backdrop, but not at the end of a drag that began inside', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Share this view" onClose={onClose}>
        <textarea aria-label="Link" defaultValue="https://example.org/" />
      </Dialog>,
    );
    const dialog = document.querySelector('dialog');
    if (dialog === null) throw new Error('no dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe(screen.getByRole('heading', { name: 'Share this view', hidden: true }).id);
    // Selecting text in the field and letting go over the backdrop.
    fireEvent.pointerDown(screen.getByRole('textbox', { name: 'Link', hidden: true }));
    fireEvent.click(dialog);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.pointerDown(dialog);
    fireEvent.click(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes with its close button and with Escape', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Export this view" onClose={onClose}>
        <p>Body</p>
      </Dialog>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
