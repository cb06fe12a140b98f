import { CURRENCY_CODES } from './schema.ts';

// The currencies the number reader knows, as articles write them: signs, words and codes. A sign
// or word that several of the 26 codes share ("¥", "manat", "riyals", "som", "rupees") lists each
// code it can mean; the validator accepts any of them, and the extract draft settles on one only
// when the sentence or the article names the country ("Japan", "Tokyo"), else it lists them.
// Tables only: src/data/numbers.ts reads them.

/** Codes written before or after an amount ("USD 6 billion", "18 billion CNY"); upper case only. */
export const CURRENCY_CODE_SET: ReadonlySet<string> = new Set(['USD', ...CURRENCY_CODES]);

/** Signs before an amount, lower-cased ("us$", "rs"), and the codes each can mean. */
export const CURRENCY_SIGNS: Record<string, readonly string[]> = {
  us$: ['USD'],
  $: ['USD'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['CNY', 'JPY'],
  '₹': ['INR'],
  '₽': ['RUB'],
  '₺': ['TRY'],
  '₪': ['ILS'],
  '₸': ['KZT'],
  '₼': ['AZN'],
  '₾': ['GEL'],
  '֏': ['AMD'],
  '₮': ['MNT'],
  '₴': ['UAH'],
  'rs.': ['INR', 'PKR'],
  rs: ['INR', 'PKR'],
};

/** Currency words after an amount ("5 trillion yen"), lower-cased, and the codes each can mean. */
export const CURRENCY_WORDS: Record<string, readonly string[]> = {
  dollars: ['USD'],
  'us dollars': ['USD'],
  'u.s. dollars': ['USD'],
  euros: ['EUR'],
  euro: ['EUR'],
  pounds: ['GBP'],
  'pounds sterling': ['GBP'],
  sterling: ['GBP'],
  francs: ['CHF'],
  'swiss francs': ['CHF'],
  yuan: ['CNY'],
  renminbi: ['CNY'],
  yen: ['JPY'],
  rupees: ['INR', 'PKR'],
  'indian rupees': ['INR'],
  'pakistani rupees': ['PKR'],
  roubles: ['RUB'],
  rubles: ['RUB'],
  'belarusian rubles': ['BYN'],
  'belarusian roubles': ['BYN'],
  lira: ['TRY'],
  liras: ['TRY'],
  rials: ['IRR'],
  rial: ['IRR'],
  shekels: ['ILS'],
  'new shekels': ['ILS'],
  dirhams: ['AED'],
  dirham: ['AED'],
  riyals: ['SAR', 'QAR'],
  riyal: ['SAR', 'QAR'],
  'saudi riyals': ['SAR'],
  'qatari riyals': ['QAR'],
  tenge: ['KZT'],
  soums: ['UZS'],
  soum: ['UZS'],
  sum: ['UZS'],
  som: ['KGS', 'UZS'],
  soms: ['KGS', 'UZS'],
  somoni: ['TJS'],
  manat: ['TMT', 'AZN'],
  manats: ['TMT', 'AZN'],
  afghani: ['AFN'],
  afghanis: ['AFN'],
  lari: ['GEL'],
  dram: ['AMD'],
  drams: ['AMD'],
  hryvnia: ['UAH'],
  hryvnias: ['UAH'],
  tugrik: ['MNT'],
  tugriks: ['MNT'],
  togrog: ['MNT'],
};

/** Words that settle which of several currencies a text means: the country, its people, its capital. */
export const CURRENCY_CUES: Record<string, RegExp> = {
  CNY: /\b(?:China|Chinese|Beijing|yuan|renminbi)\b/,
  JPY: /\b(?:Japan|Japanese|Tokyo|yen)\b/,
  INR: /\b(?:India|Indian|New Delhi|Mumbai)\b/,
  PKR: /\b(?:Pakistan|Pakistani|Islamabad|Karachi|Lahore)\b/,
  SAR: /\b(?:Saudi|Riyadh|Jeddah)\b/,
  QAR: /\b(?:Qatar|Qatari|Doha)\b/,
  TMT: /\b(?:Turkmenistan|Turkmen|Ashgabat)\b/,
  AZN: /\b(?:Azerbaijan|Azerbaijani|Baku)\b/,
  KGS: /\b(?:Kyrgyzstan|Kyrgyz|Bishkek)\b/,
  UZS: /\b(?:Uzbekistan|Uzbek|Tashkent)\b/,
};

/**
 * Which of `choices` a text settles on: the one choice whose cue words it holds, else null (no cue,
 * or cues for more than one).
 */
export function settleCurrency(choices: readonly string[], text: string): string | null {
  const cued = choices.filter((code) => CURRENCY_CUES[code]?.test(text));
  return cued.length === 1 ? (cued[0] as string) : null;
}
