// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LazyDetails } from '../../../src/ui/LazyDetails';

describe('LazyDetails', () => {
  it('builds its content only once opened, and drops it when closed', async () => {
    const user = userEvent.setup();
    let builds = 0;
    render(
      <LazyDetails className="chart-data" summary="Data table">
        {() => {
          builds++;
          return <p>the rows</p>;
        }}
      </LazyDetails>,
    );
    expect(screen.queryByText('the rows')).toBeNull();
    expect(builds).toBe(0);
    await user.click(screen.getByText('Data table'));
    expect(await screen.findByText('the rows')).toBeInTheDocument();
    await user.click(screen.getByText('Data table'));
    await expect.poll(() => screen.queryByText('the rows')).toBeNull();
  });
});
