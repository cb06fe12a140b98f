import type { StateCreator } from 'zustand';
import type { RecordRef, SelectionSlice } from './selectionSlice';

export interface ReaderSlice {
  /** The article open in the reader, by id; null shows the list of articles. */
  openArticle: string | null;
  /** The record whose source sentence the reader should scroll to, highlight and focus. */
  sourceFocus: RecordRef | null;
  openArticleById: (id: string | null) => void;
  /** "Show source" from any chart mark, popup or row: selects the record and opens its sentence. */
  showSource: (ref: RecordRef, article: string) => void;
  /** The reader calls this once it has moved focus to the sentence, so the same request can come again. */
  clearSourceFocus: () => void;
}

export const createReaderSlice: StateCreator<ReaderSlice & SelectionSlice, [], [], ReaderSlice> = (set) => ({
  openArticle: null,
  sourceFocus: null,
  openArticleById: (id) => set({ openArticle: id, sourceFocus: null }),
  showSource: (ref, article) => set({ openArticle: article, sourceFocus: ref, selection: ref }),
  clearSourceFocus: () => set({ sourceFocus: null }),
});
