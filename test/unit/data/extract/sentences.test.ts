// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/data/extract/sentences';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops followed by a capital, keeping offsets into the paragraph', () => {
    const p =
      'Trade was estimated at $95 billion in 2024, according to Chinese customs. That figure is far ahead.';
    const sentences = splitSentences(p);
    expect(sentences.map((s) => s.text)).toEqual([
      'Trade was estimated at $95 billion in 2024, according to Chinese customs.',
      'That figure is far ahead.',
    ]);
    for (const s of sentences) expect(p.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split at decimals, titles, initials, month abbreviations or "U.S." inside a sentence', () => {
    expect(texts('Exports reach 10.5 million tonnes, up 1.4 times. Next.')).toHaveLength(2);
    expect(
      texts('Deputy Minister Mr. Aidar Seitkali and Dr. Lena Ospanova spoke. Then Prof. Ivanov did.'),
    ).toEqual(['Deputy Minister Mr. Aidar Seitkali and Dr. Lena Ospanova spoke.', 'Then Prof. Ivanov did.']);
    expect(texts('President Donald J. Trump spoke on Nov. 19, 2024 in Riyadh.')).toHaveLength(1);
    expect(texts('The U.S. Department of Agriculture expects more. The forecast was raised.')).toEqual([
      'The U.S. Department of Agriculture expects more.',
      'The forecast was raised.',
    ]);
  });

  it('splits after an initialism when a sentence plainly starts', () => {
    expect(texts('China now trades more than the U.S. The EU is third.')).toEqual([
      'China now trades more than the U.S.',
      'The EU is third.',
    ]);
  });

  it('keeps quoted speech together and ends the sentence after the closing quote', () => {
    const p =
      '"We have never sold this much. China is now our largest buyer," the minister said. "Who will pay?" she asked. "It will pay." Shortly after, talks ended.';
    expect(texts(p)).toEqual([
      '"We have never sold this much. China is now our largest buyer," the minister said.',
      '"Who will pay?" she asked.',
      '"It will pay."',
      'Shortly after, talks ended.',
    ]);
  });

  it('does not split at an ellipsis inside a quotation, but does outside one', () => {
    expect(
      texts('He said the trend "is not sustainable... unless the railway gets wagons." She agreed.'),
    ).toEqual(['He said the trend "is not sustainable... unless the railway gets wagons."', 'She agreed.']);
    expect(texts('It borders Xinjiang... Beijing sees stability there.')).toHaveLength(2);
  });

  it('handles curly quotes, and stops tracking quotes that do not pair up', () => {
    expect(texts('“One. Two,” he said. Then more.')).toEqual(['“One. Two,” he said.', 'Then more.']);
    // An unclosed quotation (a quote running on into the next paragraph) must not swallow the rest.
    expect(texts('"We will build it. The money is there. Next year it opens.')).toHaveLength(3);
  });

  it('returns one sentence for text without a final full stop, and none for blank text', () => {
    expect(texts('Skip next section 06/17/2025 June 17, 2025')).toEqual([
      'Skip next section 06/17/2025 June 17, 2025',
    ]);
    expect(texts('   ')).toEqual([]);
  });
});
