import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LinkNotice } from '../../src/components/LinkNotice';

describe('LinkNotice', () => {
  it('names what the link asked for that was ignored, until dismissed', async () => {
    const user = userEvent.setup();
    render(<LinkNotice ignored={['unknown actor "nobody"', 'single-source=yes']} />);
    expect(screen.getByRole('status')).toHaveTextContent('Ignored from the link: unknown actor "nobody"; single-source=yes.');
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('closes on Escape and stays away when nothing was ignored', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<LinkNotice ignored={['a', 'b', 'c', 'd', 'e']} />);
    expect(screen.getByRole('status')).toHaveTextContent('Ignored from the link: a; b; c; 2 more.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    unmount();
    render(<LinkNotice ignored={[]} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
