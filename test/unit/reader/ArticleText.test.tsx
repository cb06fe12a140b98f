// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bigArticleParagraphs } from '../../../scripts/bench/reader/bigArticle';
import { ArticleText } from '../../../src/reader/ArticleText';
import { CHUNK_CHARS, chunkStarts, type NearObserver } from '../../../src/reader/useNearChunks';
import { findTerms } from '../../../src/state/textSearch';

// Issue 14, item 15: a very long article marks the mentions of a selected country only near the
// screen. The article is the benchmark's generator (scripts/bench/reader/bigArticle.ts), cut to
// 200 KB; the browser's IntersectionObserver is replaced by one the test drives.

const KAZAKHSTAN = ['Kazakhstan', 'Kazakh', 'Astana', 'Khorgos'];

function drivenObserver() {
  let report: Parameters<NearObserver>[2] = () => {};
  let targets: readonly Element[] = [];
  const observe: NearObserver = (_container, watched, onChange) => {
    targets = watched;
    report = onChange;
    return () => {};
  };
  const setNear = (indices: readonly number[], near = true) =>
    act(() => report(indices.map((i) => ({ target: targets[i] as Element, near }))));
  return { observe, setNear, count: () => targets.length };
}

describe('chunkStarts', () => {
  it('groups paragraphs into chunks of at least the given size, never splitting one', () => {
    expect(chunkStarts(['aaaa', 'bb', 'cc', 'dddddd', 'e'], 4)).toEqual([0, 1, 3, 4]);
    expect(chunkStarts([], 4)).toEqual([]);
    expect(chunkStarts(['x'.repeat(10_000)])).toEqual([0]);
  });
});

describe('ArticleText on a very long article (item 15)', () => {
  const paragraphs = bigArticleParagraphs(200_000);
  const starts = chunkStarts(paragraphs);
  const inChunk = (c: number) =>
    paragraphs
      .slice(starts[c], starts[c + 1] ?? paragraphs.length)
      .reduce((n, text) => n + findTerms(text, KAZAKHSTAN).length, 0);

  const renderText = (observeNear: NearObserver | null, text = paragraphs) =>
    render(
      <ArticleText
        paragraphs={text}
        ranges={[]}
        terms={KAZAKHSTAN}
        sources={new Map()}
        selectedKey={null}
        onActivate={() => {}}
        observeNear={observeNear}
      />,
    );

  it('marks mentions only in the chunks reported near the screen, and follows the scroll', () => {
    const driven = drivenObserver();
    const { container } = renderText(driven.observe);
    expect(starts.length).toBeGreaterThan(40);
    expect(driven.count()).toBe(starts.length);
    expect(container.querySelectorAll('mark.mention')).toHaveLength(0);
    expect(container.textContent?.length).toBeGreaterThan(199_000);

    driven.setNear([0, 1]);
    const marked = () => container.querySelectorAll('mark.mention').length;
    expect(marked()).toBe(inChunk(0) + inChunk(1));
    expect(marked()).toBeGreaterThan(CHUNK_CHARS / 200);
    expect(container.querySelector('[data-chunk="2"] mark.mention')).toBeNull();

    driven.setNear([0], false);
    driven.setNear([2]);
    expect(marked()).toBe(inChunk(1) + inChunk(2));
    expect(container.querySelector('[data-chunk="0"] mark.mention')).toBeNull();
  });

  it('marks every mention where no observer exists (jsdom, old browsers)', () => {
    const some = paragraphs.slice(0, 30);
    const { container } = renderText(null, some);
    const all = some.reduce((n, text) => n + findTerms(text, KAZAKHSTAN).length, 0);
    expect(all).toBeGreaterThan(100);
    expect(container.querySelectorAll('mark.mention')).toHaveLength(all);
  });
});
