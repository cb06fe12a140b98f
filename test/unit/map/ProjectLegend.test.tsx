// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProjectLegend } from '../../../src/map/ProjectLegend';
import { DENSE_ROUTES } from '../../../src/map/styles';
import { route } from './canvas/fixtures';

const routes = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    route(`r${i}`, [
      [60, 40],
      [70, 45],
    ]),
  );

describe('ProjectLegend', () => {
  it('says when a crowded map drops casings and dashes, only for data that can crowd it', () => {
    const { unmount } = render(<ProjectLegend projects={routes(DENSE_ROUTES + 1)} anyRegional={false} />);
    expect(
      screen.getByText(/routes in view the map draws them solid and without casings/),
    ).toBeInTheDocument();
    unmount();
    render(<ProjectLegend projects={routes(3)} anyRegional={false} />);
    expect(screen.queryByText(/draws them solid/)).not.toBeInTheDocument();
  });
});
