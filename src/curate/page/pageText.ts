import { htmlToText } from '../../data/page/htmlText';
import { type DroppedLine, explainPage, PageFormatError } from '../../data/page/splitPage';
import type { Article } from '../../data/schema';
import { MAX_PAGE_BYTES } from '../model/channel';

// A dropped or pasted page, read as ingest will read it. The preview runs ingest's own splitter
// (scripts/lib/splitPage.ts); saving then runs ingest itself on the server.

export type PageRead = { ok: true; text: string } | { ok: false; message: string };

export { htmlToText };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A page file's text, or a message saying why the workbench will not take it. */
export function readPage(name: string, bytes: Uint8Array): PageRead {
  if (bytes.length > MAX_PAGE_BYTES)
    return {
      ok: false,
      message: `${name} is ${megabytes(bytes.length)}; the workbench takes pages up to ${megabytes(MAX_PAGE_BYTES)}. Save only the article, or use npm run ingest.`,
    };
  let text: string;
  try {
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
    text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${name} is not a text page (it is not UTF-8 text); save the page as text or HTML.`,
    };
  }
  if (text.includes('\u0000'))
    return {
      ok: false,
      message: `${name} looks like a binary file, not a text page; save the page as text or HTML.`,
    };
  const isHtml = /\.html?$/i.test(name) || /^\s*<(!doctype|html)/i.test(text);
  return { ok: true, text: isHtml ? htmlToText(text) : text };
}

export interface PagePreview {
  articles: Article[];
  /** Lines ingest leaves out of every article body, with the rule that took each out. */
  dropped: DroppedLine[];
  /** Ingest's doubts (which line it took as the headline). */
  notes: string[];
  /** Lines that could be the headline: the page's first lines, for the curator to choose from. */
  headlineChoices: string[];
}

export type PagePreviewResult = { ok: true; preview: PagePreview } | { ok: false; message: string };

/** What `npm run ingest [--title <line>]` would write for the page: its own splitter, run here. */
export function previewPage(text: string, name: string, title: string | null = null): PagePreviewResult {
  try {
    const split = explainPage(text, name, title === null ? {} : { title });
    const headlineChoices = [
      ...new Set(
        text
          // Lone CRs end lines too, as ingest reads them.
          .split(/\r\n?|\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .slice(0, 12),
      ),
    ];
    return { ok: true, preview: { ...split, headlineChoices } };
  } catch (error) {
    if (error instanceof PageFormatError)
      return { ok: false, message: `ingest cannot read this page at ${error.message}` };
    throw error;
  }
}
