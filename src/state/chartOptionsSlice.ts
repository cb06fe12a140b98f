import type { StateCreator } from 'zustand';

export interface ChartOptionsSlice {
  /** The year the trade chart shows; null shows each relationship's latest year. */
  tradeYear: number | null;
  setTradeYear: (year: number | null) => void;
}

export const createChartOptionsSlice: StateCreator<ChartOptionsSlice, [], [], ChartOptionsSlice> = (set) => ({
  tradeYear: null,
  setTradeYear: (year) => set({ tradeYear: year }),
});
