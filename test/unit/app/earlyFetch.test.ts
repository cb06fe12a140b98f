// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreloads, takeEarly } from '../../../src/app/earlyFetch';

function pageWith(hrefs: readonly string[]): Document {
  const doc = document.implementation.createHTMLDocument('page');
  for (const href of hrefs) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.setAttribute('as', 'fetch');
    link.href = new URL(href, location.href).href;
    doc.head.append(link);
  }
  return doc;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readPreloads and takeEarly', () => {
  it('reads each preloaded data file once, status and bytes, and hands it over once', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        fetched.push(path);
        return new Response('{"figures":[]}', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    readPreloads(
      pageWith(['/data/figures.json', '/basemap.json', 'https://elsewhere.example/data/x.json']),
      '/data/',
    );
    // Only the data folder's own files: the basemap is fetched by the map, another origin by no one.
    expect(fetched).toEqual(['/data/figures.json']);
    const early = await takeEarly('/data/figures.json');
    expect(early?.status).toBe(200);
    expect(early?.contentType).toBe('application/json');
    expect(new TextDecoder().decode(early?.bytes)).toBe('{"figures":[]}');
    // Taken once: a reload after the data changed fetches anew.
    expect(takeEarly('/data/figures.json')).toBeUndefined();
  });

  it('drops a read that failed before it was taken, so the file is fetched again', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    readPreloads(pageWith(['/data/events.json']), '/data/');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(takeEarly('/data/events.json')).toBeUndefined();
  });
});
