import { markdownTable, replaceSection, textTable } from '../../../scripts/lib/budgetsReport';

describe('report rendering', () => {
  it('pads text columns, right-aligning the numbers', () => {
    expect(
      textTable(
        ['asset', 'gzip'],
        [
          ['a.js', '1.0 KB'],
          ['long-name.css', '10.5 KB'],
        ],
        ['left', 'right'],
      ),
    ).toBe(
      [
        'asset             gzip',
        '-------------  -------',
        'a.js            1.0 KB',
        'long-name.css  10.5 KB',
      ].join('\n'),
    );
  });

  it('escapes pipes in Markdown cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', '1']], ['left', 'right'])).toBe(
      '| a | b |\n| --- | ---: |\n| x\\|y | 1 |',
    );
  });

  it('replaces only the named section, keeping the ones around it', () => {
    const doc =
      '# Benchmarks\n\n## Bundle size\n\nold size\n\n## Lighthouse\n\nold scores\n\n## Later\n\nkeep\n';
    expect(replaceSection(doc, 'Lighthouse', 'new scores')).toBe(
      '# Benchmarks\n\n## Bundle size\n\nold size\n\n## Lighthouse\n\nnew scores\n\n## Later\n\nkeep\n',
    );
  });

  it('appends a missing section at the end', () => {
    expect(replaceSection('# Benchmarks\n\nintro\n', 'Lighthouse', 'scores')).toBe(
      '# Benchmarks\n\nintro\n\n## Lighthouse\n\nscores\n',
    );
  });
});
