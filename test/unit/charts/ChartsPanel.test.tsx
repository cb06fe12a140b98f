// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreApi } from 'zustand';
import { tooltipPlacement } from '../../../src/charts/ChartStage';
import { ChartsPanel } from '../../../src/charts/ChartsPanel';
import { estimateText } from '../../../src/charts/textMeasure';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { drawPanel, loadSeed, seedFigures } from './seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

const figureNamed = (name: RegExp) => screen.getByRole('figure', { name });
const svgText = (figure: HTMLElement) =>
  [...figure.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');

describe('ChartsPanel on the seed data', () => {
  beforeEach(() => loadSeed(store));

  it('draws four charts as figures, each SVG an image named by its heading', async () => {
    await drawPanel(store);
    for (const name of [
      'Trade with Central Asia, by partner',
      'Reported deaths in Iran and Israel',
      'Population, to scale',
      'Timeline',
    ]) {
      const figure = figureNamed(new RegExp(`^${name}$`));
      expect(within(figure).getByRole('img', { name })).toBeInTheDocument();
      expect(figure.querySelector('figcaption')?.textContent).toMatch(/Sources?: “/);
    }
  });

  it('commits the frames first and draws the charts after the next paint', async () => {
    renderWithStore(store, <ChartsPanel measure={estimateText} />);
    const trade = figureNamed(/^Trade/);
    expect(within(trade).queryByRole('img')).not.toBeInTheDocument();
    // The data is in: every frame holds its space, none claims to be loading or to have failed.
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(
      // A generous wait: on a busy machine loading and drawing every chart in jsdom takes seconds.
      // The drawn chart takes the place of the frame that held its space.
      await screen.findByRole('img', { name: 'Trade with Central Asia, by partner' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(within(figureNamed(/^Trade with/)).queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('labels every trade bar with its value, year and reporter, and warns about comparability', async () => {
    await drawPanel(store);
    const words = svgText(figureNamed(/^Trade with Central Asia/));
    for (const text of [
      'estimated $95 billion',
      'around $64 billion',
      '$44 billion',
      '2024 · reported by Chinese customs',
      'Year not stated · source not stated',
      'Hatched end = approximate value',
      'Not like for like',
    ])
      expect(words).toContain(text);
    // Names in the note are isolates (lib/isolate.ts): read it without the isolate characters.
    expect(words.replace(/[\u2068\u2069]/g, '')).toMatch(
      /The European Union's figure is for 2023, China's for 2024; Russia's year is not\s+stated\./,
    );
  });

  it('draws each death claim on its own and never their sum', async () => {
    await drawPanel(store);
    const figure = figureNamed(/^Reported deaths/);
    const marks = within(figure).getAllByRole('button', { name: /claimed by|claimant not stated/ });
    expect(marks).toHaveLength(2);
    const words = svgText(figure);
    expect(words).toContain('224');
    expect(words.replace(/[\u2068\u2069]/g, '')).toContain(
      'Claimed by Iranian officials, as of 17 June 2025',
    );
    expect(words).not.toContain('248');
  });

  it('labels the 17.5 ratio as computed, with its formula', async () => {
    await drawPanel(store);
    const words = svgText(figureNamed(/^Population/));
    expect(words).toContain('17.5×');
    expect(words).toContain('Computed: 1.4 billion ÷ 80 million = 17.5.');
    expect(words).toContain('140 squares, computed');
  });

  it('shows the other figures as key-figure cards with their sentence and reporter', async () => {
    await drawPanel(store);
    const cards = within(figureNamed(/^Other figures in the articles$/)).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('more than 1 million');
    expect(cards[0]).toHaveTextContent('“Beijing is accused of having detained more than a million Uyghurs');
    expect(cards[0]).toHaveTextContent('Source not stated in the article');
  });
});

describe('data tables', () => {
  beforeEach(() => loadSeed(store));

  it('list every value, unit, year, reporter and source sentence, reachable by keyboard', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    const figure = figureNamed(/^Trade with Central Asia/);
    const summary = within(figure).getByText('Data table');
    summary.focus();
    expect(summary).toHaveFocus();
    // jsdom does not open a summary on Enter as browsers do; the rows are built once it opens.
    expect(within(figure).queryByRole('table')).toBeNull();
    await user.click(summary);
    const table = within(figure).getByRole('table', { name: /figures as reported/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent("China's trade with Central Asia");
    expect(rows[1]).toHaveTextContent('estimated $95 billion');
    expect(rows[1]).toHaveTextContent('USD');
    expect(rows[1]).toHaveTextContent('2024');
    expect(rows[1]).toHaveTextContent('Chinese customs');
    expect(rows[1]).toHaveTextContent('Trade volume with the region was estimated at $95 billion in 2024');
    expect(rows[3]).toHaveTextContent('source not stated');
    expect(rows[3]).toHaveTextContent('year not stated');
  });

  it('lists computed values with their formulas in the scale table', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    const figure = figureNamed(/^Population/);
    await user.click(within(figure).getByText('Data table'));
    const table = within(figure).getByRole('table');
    expect(table).toHaveTextContent('Computed by Crossroads');
    expect(table).toHaveTextContent('Formula: 1.4 billion ÷ 80 million = 17.5');
  });

  it('describes the key figures for their table when it opens: every figure, not only the page of cards', async () => {
    // Seven growth rates, a kind no chart draws, beside the seed's two key figures: two pages of cards.
    const seed = seedFigures();
    const tariff = seed.figures.find((f) => f.kind === 'tariff');
    if (!tariff) throw new Error('the seed has no tariff figure');
    const growth = Array.from({ length: 7 }, (_, i) => ({
      ...tariff,
      id: `growth-${i}`,
      kind: 'growth' as const,
      label: `Growth rate ${i}`,
      value: i + 1,
    }));
    loadSeed(store, { figures: { ...seed, figures: [...seed.figures, ...growth] } });
    const user = userEvent.setup();
    await drawPanel(store);
    const figure = figureNamed(/^Other figures in the articles$/);
    expect(within(figure).getAllByRole('listitem')).toHaveLength(5);
    await user.click(within(figure).getByText('Data table'));
    const table = within(figure).getByRole('table', { name: /figures as reported/ });
    // The header, then all nine figures.
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    expect(table).toHaveTextContent('Growth rate 6');
    expect(table).toHaveTextContent('more than 1 million');
  });

  it('opens a row’s source sentence in the reader', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    const figure = figureNamed(/^Timeline/);
    await user.click(within(figure).getByText('Data table'));
    await user.click(within(figure).getByRole('button', { name: 'Show source of Xi arrives in Astana' }));
    expect(store.getState().openArticle).toBe('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    expect(store.getState().sourceFocus).toEqual({ kind: 'event', id: 'xi-arrives-astana' });
  });
});

describe('marks', () => {
  beforeEach(() => loadSeed(store));

  it('show a tooltip with value, qualifier, reporter, year and quote on focus, and hide it on blur', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    const bar = screen.getByRole('button', {
      name: /^European Union: around \$64 billion, 2023, reported by EU Council/,
    });
    act(() => bar.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(bar).toHaveAttribute('aria-describedby', tooltip.id);
    expect(tooltip).toHaveTextContent('around $64 billion');
    expect(tooltip).toHaveTextContent('approximate ("around")');
    expect(tooltip).toHaveTextContent('EU Council');
    expect(tooltip).toHaveTextContent('2023');
    expect(tooltip).toHaveTextContent('“around $64 billion according to the EU Council in 2023”');
    // Escape dismisses it without moving focus; it comes back on the next focus.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(bar).toHaveFocus();
    act(() => bar.blur());
    act(() => bar.focus());
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    act(() => bar.blur());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('show the tooltip on hover too, for timeline events with how their date was worked out', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    await user.hover(screen.getByRole('button', { name: '16 June 2025: Xi arrives in Astana' }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent("'On Monday' read against the page's date");
    expect(tooltip).toHaveTextContent('“who arrived in Astana on Monday”');
    await user.unhover(screen.getByRole('button', { name: '16 June 2025: Xi arrives in Astana' }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('select on Enter and Space, and open the source from the selection', async () => {
    const user = userEvent.setup();
    await drawPanel(store);
    const claim = within(figureNamed(/^Reported deaths/)).getByRole('button', {
      name: /^Deaths in Iran from Israeli attacks: 224/,
    });
    act(() => claim.focus());
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'figure', id: 'deaths-iran-israeli-strikes' });
    expect(claim).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(store.getState().selection).toBeNull();
    await user.keyboard(' ');
    const figure = figureNamed(/^Reported deaths/);
    await user.click(within(figure).getByRole('button', { name: 'Show source' }));
    expect(store.getState().openArticle).toBe('germanys-merz-says-israel-doing-dirty-work-for-us-in-iran');
    expect(store.getState().sourceFocus).toEqual({ kind: 'figure', id: 'deaths-iran-israeli-strikes' });
  });

  it('say when a figure stands for a whole group the selected country belongs to', async () => {
    act(() => store.getState().setCountries(['KAZ']));
    await drawPanel(store);
    expect(svgText(figureNamed(/^Trade with Central Asia/))).toContain('figure for Central Asia as a whole');
  });
});

describe('downloads', () => {
  beforeEach(() => loadSeed(store));

  function captureDownloads() {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    let n = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${n++}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });
    return saved;
  }
  afterEach(() => vi.restoreAllMocks());

  it('saves the trade figures as CSV with every value and its source', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await drawPanel(store);
    await user.click(
      screen.getByRole('button', { name: 'Download Trade with Central Asia, by partner data as CSV' }),
    );
    // The writers load on the first press, so the file is saved a moment after the click.
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('trade-with-central-asia-by-partner.csv');
    const csv = (await saved[0]!.blob.text()).replace(/^\ufeff/, '');
    const [header, ...lines] = csv.split('\n');
    expect(header).toBe(
      'id,figure,value,unit,as_written,qualifier,year,as_of,reported_by,subject,counterpart,scope,note,number,formula,article,article_title,quote',
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'trade-china-central-asia-2024,China\'s trade with Central Asia,95000000000,USD,estimated $95 billion,estimated,2024,,Chinese customs,China,Central Asia,,,reported,,chinas-xi-in-kazakhstan-to-cement-central-asia-ties,China\'s Xi In Kazakhstan To Cement Central Asia Ties,"Trade volume with the region was estimated at $95 billion in 2024, according to Chinese customs."',
    );
    expect(lines[2]).toContain('trade-russia-central-asia');
    expect(lines[2]).toContain(',not stated,');
  });

  it('saves computed numbers in the scale CSV, marked as computed with their formula', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await drawPanel(store);
    await user.click(screen.getByRole('button', { name: 'Download Population, to scale data as CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const csv = await saved[0]!.blob.text();
    expect(csv).toContain(
      "population-ratio,China's population as a multiple of Central Asia's,17.5,ratio,17.5×",
    );
    expect(csv).toContain('computed,1.4 billion ÷ 80 million = 17.5');
  });

  it('saves the chart as drawn as a standalone SVG with its title and sources', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await drawPanel(store);
    await user.click(
      screen.getByRole('button', { name: 'Download Reported deaths in Iran and Israel as SVG' }),
    );
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('reported-deaths-in-iran-and-israel.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    const svg = await saved[0]!.blob.text();
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('>Reported deaths in Iran and Israel</text>');
    expect(svg).toContain('>224</text>');
    expect(svg).toContain('Source: “Germany');
    expect(svg).not.toContain('role="img"');
  });
});

describe('empty and loading states', () => {
  it('says so in words while loading', async () => {
    await drawPanel(store);
    expect(screen.getAllByText('Loading…').length).toBeGreaterThanOrEqual(4);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says there is nothing for the selected countries instead of drawing an empty frame', async () => {
    loadSeed(store);
    act(() => store.getState().setCountries(['CAN']));
    await drawPanel(store);
    expect(screen.getByText('No trade figures for the selected countries.')).toBeInTheDocument();
    expect(screen.getByText('No reported deaths for the selected countries.')).toBeInTheDocument();
    expect(screen.getByText('No population figures for the selected countries.')).toBeInTheDocument();
    expect(screen.getByText('No other figures for the selected countries.')).toBeInTheDocument();
    // Canada hosted the G7 summit: the timeline still has that event.
    expect(screen.getByRole('img', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('says the data set has none when nothing is filtered out', async () => {
    const figures = seedFigures();
    loadSeed(store, { figures: { figures: figures.figures.filter((f) => f.kind !== 'trade') } });
    await drawPanel(store);
    expect(screen.getByText('No trade figures in this data set.')).toBeInTheDocument();
  });
});

describe('tooltipPlacement', () => {
  it('keeps the tooltip inside the chart wherever the mark is', () => {
    expect(tooltipPlacement({ x: 150, y: 40 }, 342)).toEqual({ left: 0, right: 0, top: 50 });
    expect(tooltipPlacement({ x: 100, y: 0 }, 900)).toEqual({ left: 88, top: 10 });
    expect(tooltipPlacement({ x: 800, y: 0 }, 900)).toEqual({ right: 88, top: 10 });
    expect(tooltipPlacement({ x: 300, y: 0 }, 500)).toEqual({ left: 0, top: 10 });
  });
});
