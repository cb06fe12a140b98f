import type { StateCreator } from 'zustand';
import type { DataSlice } from './dataSlice';
import { selectRecords } from './records';

// Article bodies are not part of the first load: they come in chunks (by month of publication)
// when an article is opened or a search needs its text. The app says where they come from
// (setBodySource, from the loader); any view asks for them by article id (requestBodies).

export type ChunkState =
  | { status: 'loading' }
  | { status: 'ready'; bodies: Readonly<Record<string, readonly string[]>> }
  | { status: 'error'; message: string };

/** Fetches one chunk: paragraphs by article id, or why it could not be had. Never rejects. */
export type FetchChunk = (
  chunk: string,
) => Promise<{ ok: true; bodies: Record<string, string[]> } | { ok: false; message: string }>;

export interface BodiesSlice {
  /** Each chunk asked for so far, by name. */
  chunks: Readonly<Record<string, ChunkState>>;
  fetchChunk: FetchChunk | null;
  /** Where bodies come from for the dataset now in the store; forgets the chunks of the last one. */
  setBodySource: (fetchChunk: FetchChunk) => void;
  /** Fetches the chunks that hold these articles' bodies, unless they are in or on their way; a failed chunk is tried again. */
  requestBodies: (ids: readonly string[]) => void;
}

export const createBodiesSlice: StateCreator<BodiesSlice & DataSlice, [], [], BodiesSlice> = (set, get) => ({
  chunks: {},
  fetchChunk: null,
  setBodySource: (fetchChunk) => set({ fetchChunk, chunks: {} }),
  requestBodies: (ids) => {
    const { chunks, fetchChunk } = get();
    if (fetchChunk === null) return;
    const wanted = new Set(ids);
    const names = new Set(
      selectRecords(get(), 'articles')
        .filter((a) => wanted.has(a.id))
        .map((a) => a.chunk),
    );
    for (const name of names) {
      const known = chunks[name];
      if (known !== undefined && known.status !== 'error') continue;
      const put = (state: ChunkState) => set((s) => ({ chunks: { ...s.chunks, [name]: state } }));
      put({ status: 'loading' });
      void fetchChunk(name).then((result) => {
        // A chunk of a dataset that has since been replaced is dropped.
        if (get().fetchChunk !== fetchChunk) return;
        put(
          result.ok
            ? { status: 'ready', bodies: result.bodies }
            : { status: 'error', message: result.message },
        );
      });
    }
  },
});
