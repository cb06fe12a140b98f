// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../../src/app/ShareButton';

afterEach(() => vi.restoreAllMocks());

describe('ShareButton', () => {
  it('copies the current link with the clipboard and says "Link copied"', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    window.history.replaceState(null, '', '/?countries=TJK');
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?countries=TJK`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('falls back to a selected read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    window.history.replaceState(null, '', '/?countries=KAZ');
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(`${window.location.origin}/?countries=KAZ`);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).selectionEnd).toBe(`${window.location.origin}/?countries=KAZ`.length);
    expect(screen.getByRole('status')).toHaveTextContent(/^(Link copied|Copy the selected link)$/);
  });
});
