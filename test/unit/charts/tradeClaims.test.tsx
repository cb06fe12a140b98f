// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreApi } from 'zustand';
import { parseDataFile } from '../../../src/data/dataFiles';
import type { FiguresFile } from '../../../src/data/schema';
import { type AppState, createAppStore } from '../../../src/state/store';
import { drawPanel, loadSeed } from './seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

// The charts on test/fixtures/datasets/trade-claims: 42 trade figures over three years, group
// totals with breakdowns, mirror pairs, and a toll reported five times by two claimants.

function fixtureFigures(): FiguresFile {
  const text = readFileSync('test/fixtures/datasets/trade-claims/figures.json', 'utf8');
  const parsed = parseDataFile('figures', text);
  if (!parsed.ok) throw new Error('the trade-claims figures do not parse');
  return parsed.data as FiguresFile;
}

const figureNamed = (name: RegExp) => screen.getByRole('figure', { name });
const svgText = (figure: HTMLElement) =>
  [...figure.querySelectorAll('svg text')]
    .map((t) => t.textContent)
    .join(' ')
    // Names are bidi isolates (FSI … PDI); the words are what is checked here.
    .replace(/[\u2066-\u2069]/g, '');

describe('the trade chart on many figures', () => {
  beforeEach(() => loadSeed(store, { figures: fixtureFigures() }));

  it('shows mirror gaps as computed numbers with their formula', async () => {
    await drawPanel(store);
    const words = svgText(figureNamed(/^Trade, by relationship/));
    expect(words).toContain("Computed: China's figure is 7.32× Kyrgyzstan's: $22.7 billion ÷ $3.1 billion.");
    expect(words).toContain("Computed: China's figure is 2.21× Tajikistan's: $4.2 billion ÷ $1.9 billion.");
  });

  it("breaks a group's total down by member, with shares and the remainder", async () => {
    await drawPanel(store);
    const words = svgText(figureNamed(/^Trade, by relationship/));
    expect(words).toContain(
      'Breakdown of the $94.8 billion (Chinese customs, 2024) by member, computed: Kazakhstan 46%',
    );
    expect(words).toContain('remainder $400 million');
  });

  it('shows one year from the year control, in the store and so in the link', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    const trade = figureNamed(/^Trade, by relationship/);
    const years = within(trade).getByRole('group', { name: 'Year' });
    expect(within(years).getByRole('radio', { name: 'Latest for each' })).toBeChecked();
    const before = within(trade).getAllByRole('button', { name: /, 2024, / }).length;
    await user.click(within(years).getByRole('radio', { name: '2023' }));
    expect(store.getState().tradeYear).toBe(2023);
    expect(within(trade).queryAllByRole('button', { name: /, 2024, / })).toHaveLength(0);
    expect(within(trade).getAllByRole('button', { name: /, 2023, / }).length).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
    const words = svgText(trade);
    expect(words).toContain('No 2023 figure for Turkmenistan.');
    expect(words).toMatch(/remainder \$10\.7 billion/);
    await user.click(within(years).getByRole('radio', { name: '2022' }));
    expect(svgText(trade)).toContain('more than the total (overshoot');
  });

  it('summarises the notes past three figures, each part a button that highlights what it counts', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    // The chart draws its first relationships, says how many of how many, and draws all on one action.
    const folded = figureNamed(/^Trade, by relationship/);
    expect(within(folded).getByText(/^The first \d+ of \d+ relationships drawn\./)).toBeInTheDocument();
    await user.click(within(folded).getByRole('button', { name: /^Show all \d+$/ }));
    const trade = figureNamed(/^Trade, by relationship/);
    expect(within(trade).getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const words = svgText(trade);
    expect(words).toMatch(
      /\d+ figures for 2024, \d+ for 2023, 1 with no year; \d+ reporters, 2 unattributed; 3 approximate\./,
    );
    expect(words).not.toContain("China's, China's");
    const parts = within(trade).getByRole('group', { name: /highlight the figures a note counts/ });
    const approximate = within(parts).getByRole('button', { name: '3 approximate' });
    await user.click(approximate);
    expect(approximate).toHaveAttribute('aria-pressed', 'true');
    expect(trade.querySelectorAll('svg rect[stroke-width="3"]')).toHaveLength(3);
  });

  it('says what it left out and how to see it', async () => {
    await drawPanel(store);
    const note = within(figureNamed(/^Trade, by relationship/)).getAllByRole('note');
    expect(note.map((n) => n.textContent).join(' ')).toMatch(
      /\d+ figures for earlier years are not drawn; choose a year to see them\./,
    );
  });
});

describe('claims over time', () => {
  it('draws one stepped series per claimant, every point a mark that opens its sentence', async () => {
    loadSeed(store, { figures: fixtureFigures() });
    const user = userEvent.setup();
    await drawPanel(store);
    // The chart draws its first two panels, says so, and draws the rest on one action.
    const folded = figureNamed(/^Claims over time$/);
    expect(within(folded).getByText(/^The first 2 of 4 panels drawn\./)).toBeInTheDocument();
    await user.click(within(folded).getByRole('button', { name: 'Show all 4' }));
    const claims = figureNamed(/^Claims over time$/);
    // Deaths in Kyrgyzstan (ministry, monitor), in Tajikistan, injuries (ministry), displaced (two).
    expect(claims.querySelectorAll('svg path')).toHaveLength(6);
    const words = svgText(claims);
    for (const text of [
      'Deaths in Kyrgyzstan',
      'Injuries in Kyrgyzstan',
      'People displaced in Kyrgyzstan',
      "Kyrgyzstan's health ministry",
      'a Bishkek rights monitor',
      '60 to 70',
    ])
      expect(words).toContain(text);
    const points = within(claims).getAllByRole('button', { name: /claimed by/ });
    expect(points).toHaveLength(12);
    await user.click(points[0]!);
    await user.click(within(claims).getByRole('button', { name: 'Show source' }));
    expect(store.getState().openArticle).toBe('toll-climbs-after-kyrgyz-tajik-border-fighting');
  });

  it('says there is nothing to compare yet for a single claim, instead of drawing a trend', async () => {
    loadSeed(store);
    await drawPanel(store);
    const claims = figureNamed(/^Claims over time$/);
    expect(claims.querySelectorAll('svg path')).toHaveLength(0);
    expect(svgText(claims).replace(/[\u2068\u2069]/g, '')).toMatch(
      /One claim so far: 224, by Iranian officials, as of 17 Jun 2025\. Nothing to\s+compare yet\./,
    );
    act(() => store.getState().select(null));
  });
});
