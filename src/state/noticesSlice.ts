import type { StateCreator } from 'zustand';

export interface NoticesSlice {
  /** Visible, dismissable messages, such as URL parameters that were dropped. */
  notices: readonly string[];
  addNotice: (text: string) => void;
  dismissNotice: (text: string) => void;
}

export const createNoticesSlice: StateCreator<NoticesSlice, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotice: (text) => set((s) => (s.notices.includes(text) ? s : { notices: [...s.notices, text] })),
  dismissNotice: (text) => set((s) => ({ notices: s.notices.filter((n) => n !== text) })),
});
