// SVG and PNG exports of a chart as it is drawn on screen. Styles that come from the page's CSS
// are copied onto the clone as presentation attributes, because an exported file (or an SVG
// drawn into a canvas) cannot see the page's stylesheet.

const SVG_NS = 'http://www.w3.org/2000/svg';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
] as const;

export interface ExportText {
  /** Printed above the chart in the exported file. */
  title: string;
  /** Printed below: the sources and the notes a reader needs to read the chart fairly. */
  footer: readonly string[];
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value !== '') target.setAttribute(prop, value);
  }
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** Splits text into lines of at most `maxChars` characters, breaking between words. */
export function wrapByChars(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function textNode(doc: Document, text: string, x: number, y: number, size: number, weight: string) {
  const node = doc.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', weight);
  node.setAttribute('fill', '#1b1f24');
  node.textContent = text;
  return node;
}

export interface SerializedSvg {
  text: string;
  width: number;
  height: number;
}

/** The drawn chart as a standalone SVG file, with its title above and its sources below. */
export function serializeSvg(svg: SVGSVGElement, words: ExportText): SerializedSvg {
  const doc = svg.ownerDocument;
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 640;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight || 400;
  const pad = 16;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  for (const attr of ['role', 'aria-labelledby', 'aria-describedby', 'aria-label', 'class', 'style'])
    clone.removeAttribute(attr);

  const titleLines = wrapByChars(words.title, Math.max(20, Math.floor(width / 10)));
  const footLines = words.footer.flatMap((f) => wrapByChars(f, Math.max(24, Math.floor(width / 7))));
  const top = pad + titleLines.length * 22 + 8;
  const total = top + height + 12 + footLines.length * 16 + pad;

  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width + pad * 2));
  out.setAttribute('height', String(total));
  out.setAttribute('viewBox', `0 0 ${width + pad * 2} ${total}`);
  out.setAttribute('font-family', getComputedStyle(svg).getPropertyValue('font-family') || 'sans-serif');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = words.title;
  out.append(title);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  out.append(background);
  titleLines.forEach((line, i) => {
    out.append(textNode(doc, line, pad, pad + 16 + i * 22, 18, '700'));
  });
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(top));
  out.append(clone);
  footLines.forEach((line, i) => {
    const node = textNode(doc, line, pad, top + height + 24 + i * 16, 12, '400');
    node.setAttribute('fill', '#4a5360');
    out.append(node);
  });
  const text = new XMLSerializer().serializeToString(out);
  return { text, width: width + pad * 2, height: total };
}

export function svgBlob(svg: SerializedSvg): Blob {
  return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', svg.text], { type: 'image/svg+xml' });
}

/** Renders the SVG into a canvas at `scale`× in the browser and returns a PNG. No server involved. */
export function svgToPng(svg: SerializedSvg, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(svg.width * scale);
      canvas.height = Math.round(svg.height * scale);
      const context = canvas.getContext('2d');
      if (context === null) {
        URL.revokeObjectURL(url);
        reject(new Error('this browser cannot draw into a canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, svg.width, svg.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob === null) reject(new Error('the PNG could not be encoded'));
        else resolve(blob);
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn as an image'));
    };
    image.src = url;
  });
}
