import { type SummarisedFigure, summariseFigures } from '../../../src/charts/trade/noteSummary';

const f = (
  id: string,
  year: number | null,
  reportedBy: string | null,
  qualifier: SummarisedFigure['qualifier'] = null,
): SummarisedFigure => ({
  id,
  year,
  qualifier,
  reportedBy,
});

describe('summariseFigures', () => {
  it('counts years, reporters and hedges in one sentence, each part a highlight of what it counts', () => {
    const items = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => f(id, 2024, 'Chinese customs')),
      f('g', 2023, 'Eurostat', 'around'),
      f('h', null, 'Russian customs', 'estimated'),
      f('i', null, 'Russian customs'),
    ];
    const { sentence, parts } = summariseFigures(items);
    expect(sentence).toBe('6 figures for 2024, 1 for 2023, 2 with no year; 3 reporters; 2 approximate.');
    expect(parts.map((p) => [p.text, p.ids.length])).toEqual([
      ['6 figures for 2024', 6],
      ['1 for 2023', 1],
      ['2 with no year', 2],
      ['3 reporters', 9],
      ['2 approximate', 2],
    ]);
    expect(parts.find((p) => p.text === '2 approximate')!.ids).toEqual(['g', 'h']);
  });

  it('names unattributed figures and lower bounds, and says nothing of what they share', () => {
    const { sentence } = summariseFigures([
      f('a', 2024, null, 'more than'),
      f('b', 2024, 'Customs'),
      f('c', 2024, 'customs'),
      f('d', 2024, 'Customs'),
    ]);
    expect(sentence).toBe('1 unattributed; 1 lower bound.');
  });

  it('returns nothing for figures that are alike', () => {
    expect(
      summariseFigures([f('a', 2024, 'X'), f('b', 2024, 'X'), f('c', 2024, 'X'), f('d', 2024, 'X')]),
    ).toEqual({
      sentence: null,
      parts: [],
    });
  });
});

describe('part-year figures in a summary', () => {
  it('are counted and picked out, even when every figure is for the same year', () => {
    const items: SummarisedFigure[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      year: 2024,
      qualifier: null,
      reportedBy: 'Customs',
      partYear: i < 2,
    }));
    const { sentence, parts } = summariseFigures(items);
    expect(sentence).toBe('4 figures for 2024, 2 for part of a year.');
    expect(parts.find((p) => p.text === '2 for part of a year')?.ids).toEqual(['a', 'b']);
  });
});
