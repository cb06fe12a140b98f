import { breakdownOf } from '../../../src/charts/trade/breakdown';
import {
  mirrorGaps,
  relationshipKey,
  relationshipsFor,
  type TradeFigure,
  tradeBlocks,
  tradeYears,
} from '../../../src/charts/trade/relationships';

const fig = (
  id: string,
  subject: string,
  counterpart: string | null,
  year: number | null,
  billions: number,
  reportedBy: string | null = 'Customs',
): TradeFigure => ({
  id,
  subject,
  counterpart,
  year,
  value: billions * 1e9,
  valueHigh: null,
  reportedBy,
});

const CAS = new Map([['CAS', new Set(['KAZ', 'KGZ', 'TJK'])]]);

describe('relationshipKey', () => {
  it('is the same whichever way round the pair is written', () => {
    expect(relationshipKey(fig('a', 'CHN', 'KGZ', 2024, 1))).toBe(
      relationshipKey(fig('b', 'KGZ', 'CHN', 2024, 1)),
    );
    expect(relationshipKey(fig('c', 'CHN', null, 2024, 1))).toBe('CHN');
  });
});

describe('relationshipsFor', () => {
  const figures = [
    fig('chn-kgz-24', 'CHN', 'KGZ', 2024, 22.7, 'Chinese customs'),
    fig('kgz-chn-24', 'KGZ', 'CHN', 2024, 3.1, 'Kyrgyz statistics'),
    fig('chn-kgz-23', 'CHN', 'KGZ', 2023, 19.8, 'Chinese customs'),
    fig('rus-kaz-22', 'RUS', 'KAZ', 2022, 26.1),
    fig('usa-kaz', 'USA', 'KAZ', null, 3.3, null),
  ];

  it('puts both sides of a relationship together, latest year by default, largest first', () => {
    const { relationships, otherYearFigures } = relationshipsFor(figures, 'latest');
    expect(relationships.map((r) => [r.key, r.year])).toEqual([
      ['KAZ|RUS', 2022],
      ['CHN|KGZ', 2024],
      ['KAZ|USA', null],
    ]);
    const kgz = relationships.find((r) => r.key === 'CHN|KGZ')!;
    expect(kgz.claims.map((c) => c.id)).toEqual(['chn-kgz-24', 'kgz-chn-24']);
    expect(kgz.otherYears).toEqual([2023]);
    expect(otherYearFigures).toBe(1);
  });

  it('shows only one year when one is chosen, and counts what it leaves out', () => {
    const { relationships, otherYearFigures } = relationshipsFor(figures, 2023);
    expect(relationships.map((r) => r.claims.map((c) => c.id))).toEqual([['chn-kgz-23']]);
    expect(otherYearFigures).toBe(4);
    expect(tradeYears(figures)).toEqual([2022, 2023, 2024]);
  });

  it('keeps a figure with no year beside its relationship’s latest year, never dropping it', () => {
    const mirror = fig('kgz-chn-undated', 'KGZ', 'CHN', null, 2.9, 'Kyrgyz statistics');
    const latest = relationshipsFor([...figures, mirror], 'latest');
    const kgz = latest.relationships.find((r) => r.key === 'CHN|KGZ')!;
    expect(kgz.year).toBe(2024);
    expect(kgz.claims.map((c) => c.id)).toEqual(['chn-kgz-24', 'kgz-chn-24', 'kgz-chn-undated']);
    expect(latest.otherYearFigures).toBe(1);
    // Choosing the latest year shows it too; an earlier year leaves it out, and counts it.
    const chosen = relationshipsFor([...figures, mirror], 2024).relationships;
    expect(chosen.find((r) => r.key === 'CHN|KGZ')!.claims.map((c) => c.id)).toContain('kgz-chn-undated');
    expect(relationshipsFor([...figures, mirror], 2023).otherYearFigures).toBe(5);
  });
});

describe('mirrorGaps', () => {
  it('divides the larger side by the smaller, once per pair from opposite sides', () => {
    const gaps = mirrorGaps([fig('a', 'CHN', 'KGZ', 2024, 6.3), fig('b', 'KGZ', 'CHN', 2024, 3)]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.larger.id).toBe('a');
    expect(gaps[0]!.ratio).toBeCloseTo(2.1, 10);
  });

  it('compares like with like: exports against the mirror imports, totals against totals, one year', () => {
    const flows = [
      { ...fig('chn-x', 'CHN', 'KGZ', 2024, 20), flow: 'exports' as const },
      { ...fig('chn-t', 'CHN', 'KGZ', 2024, 22), flow: 'total' as const },
      { ...fig('kgz-m', 'KGZ', 'CHN', 2024, 5), flow: 'imports' as const },
      fig('kgz-t', 'KGZ', 'CHN', 2024, 6),
      fig('kgz-t-23', 'KGZ', 'CHN', 2023, 4),
      fig('kgz-undated', 'KGZ', 'CHN', null, 4),
    ];
    const pairs = mirrorGaps(flows, 10).map((g) => [g.larger.id, g.smaller.id]);
    expect(pairs).toEqual([
      ['chn-x', 'kgz-m'],
      ['chn-t', 'kgz-t'],
    ]);
  });

  it('finds no gap between claims from the same side', () => {
    expect(mirrorGaps([fig('a', 'CHN', 'KAZ', 2024, 45), fig('b', 'CHN', 'KAZ', 2024, 43)])).toEqual([]);
  });
});

describe('breakdownOf', () => {
  const members = [
    fig('kaz', 'CHN', 'KAZ', 2024, 40),
    fig('kgz', 'CHN', 'KGZ', 2024, 20),
    fig('kgz-mirror', 'KGZ', 'CHN', 2024, 3, 'Kyrgyz statistics'),
  ];
  const breakdown = (total: number, extra: TradeFigure[] = []) => {
    const { relationships } = relationshipsFor(
      [fig('total', 'CHN', 'CAS', 2024, total), ...members, ...extra],
      2024,
    );
    return breakdownOf(relationships.find((r) => r.key === 'CAS|CHN')!, CAS.get('CAS')!, relationships)!;
  };

  it('gives each member its share of the total and the remainder the members leave', () => {
    const b = breakdown(80);
    expect(b.parts.map((p) => [p.member, p.share])).toEqual([
      ['KAZ', 0.5],
      ['KGZ', 0.25],
    ]);
    expect(b.sum).toBe(60e9);
    expect(b.remainder).toBe(20e9);
    expect(b.overshoot).toBe(0);
    expect(b.missing).toEqual(['TJK']);
    expect(b.reporters).toEqual([]);
  });

  it('says when the members add up to more than the total', () => {
    const b = breakdown(50);
    expect(b.overshoot).toBe(10e9);
    expect(b.remainder).toBe(0);
  });

  it("never takes the other side's figure for a member, and names mixed reporters", () => {
    const b = breakdown(80, [fig('tjk', 'CHN', 'TJK', 2024, 4, 'A consultancy')]);
    expect(b.parts.map((p) => p.figure.id)).toEqual(['kaz', 'kgz', 'tjk']);
    expect(b.reporters).toEqual(['Customs', 'A consultancy']);
  });
});

describe('tradeBlocks', () => {
  it("places a group's members right after it and caps the blocks, keeping the rest counted", () => {
    const figures = [
      fig('total', 'CHN', 'CAS', 2024, 80),
      fig('kaz', 'CHN', 'KAZ', 2024, 40),
      fig('rus', 'RUS', 'UZB', 2024, 50),
      ...Array.from({ length: 30 }, (_, i) =>
        fig(`x${i}`, 'TUR', `Q${String(i).padStart(2, '0')}`, 2024, 1 + i / 100),
      ),
    ];
    const { relationships } = relationshipsFor(figures, 'latest');
    const { blocks, leftOut } = tradeBlocks(relationships, CAS, 16);
    expect(blocks.slice(0, 3).map((b) => [b.relationship.key, b.partOf])).toEqual([
      ['CAS|CHN', null],
      ['CHN|KAZ', 'CAS|CHN'],
      ['RUS|UZB', null],
    ]);
    expect(blocks).toHaveLength(16);
    expect(leftOut).toHaveLength(33 - 16);
    // The smallest are the ones left out.
    expect(leftOut.every((r) => r.claims[0]!.value <= blocks.at(-1)!.relationship.claims[0]!.value)).toBe(
      true,
    );
  });
});
