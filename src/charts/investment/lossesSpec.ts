import { LOSSES } from '../kinds';
import { figureChart } from '../spec';
import { TradeDrawing } from '../trade/TradeDrawing';
import { investmentSpec } from './investmentSpec';

/** Losses in US dollars by who bore them (and, where stated, to whom): claims, ranges and years. */
export const lossesSpec = figureChart({
  ...investmentSpec,
  id: 'losses',
  nouns: { empty: 'losses', marks: 'bars', table: 'figures as reported' },
  takes: LOSSES.takes,
  cap: LOSSES.cap,
  compute: (texts, width, measure, options) => investmentSpec.compute(texts, width, measure, options),
  words: () => ({
    title: 'Losses, by who bore them',
    dek: 'Losses in US dollars as each source reported them.',
    caption:
      'One bar per figure as reported, to scale from zero; competing claims side by side, never added together. Ranges are drawn as spans.',
    footer: 'Each value as reported, with its year and reporter. Crossroads.',
  }),
  Drawing: TradeDrawing,
});
