// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CandidateList } from '../../../src/curate/read/CandidateList';
import { wheatPicks } from './fixtures';

const candidates = wheatPicks();

describe('CandidateList', () => {
  it('lists every number and date, saying which are already captured', () => {
    render(<CandidateList picks={candidates} selected={null} onPick={() => {}} />);
    const list = screen.getByRole('list', { name: 'Numbers and dates in this article' });
    const items = within(list).getAllByRole('button');
    expect(items).toHaveLength(candidates.length);
    expect(
      within(list).getByRole('button', {
        name: /\$1\.2 billion .* captured by trade-kazakhstan-china-wheat-2023/,
      }),
    ).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /12,500 .* not captured/ })).toBeInTheDocument();
  });

  it('picks a candidate, and shows the picked one as pressed', async () => {
    const onPick = vi.fn();
    const target = candidates.find((c) => c.text.startsWith('12,500'));
    const { rerender } = render(<CandidateList picks={candidates} selected={null} onPick={onPick} />);
    await userEvent.click(screen.getByRole('button', { name: /^12,500/ }));
    expect(onPick).toHaveBeenCalledWith(target);
    rerender(<CandidateList picks={candidates} selected={target?.offset ?? null} onPick={onPick} />);
    expect(screen.getByRole('button', { name: /^12,500/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so when the article states no numbers', () => {
    render(<CandidateList picks={[]} selected={null} onPick={() => {}} />);
    expect(screen.getByText(/finds no numbers or dates/)).toBeInTheDocument();
  });
});
