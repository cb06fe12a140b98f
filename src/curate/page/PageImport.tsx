import { type DragEvent, useId, useState } from 'react';
import type { WorkbenchApi } from '../api';
import { workbenchStore } from '../workbenchStore';
import { PagePreviewView } from './PagePreviewView';
import { readPage } from './pageText';

interface Page {
  name: string;
  text: string;
}

/** Step 1: a saved page in, by dropping a file, choosing one, or pasting its text. */
export function PageImport({ api }: { api: WorkbenchApi }) {
  const [page, setPage] = useState<Page | null>(null);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const pasteId = useId();

  const takeFile = async (file: File) => {
    const read = readPage(file.name, new Uint8Array(await file.arrayBuffer()));
    setMessage(read.ok ? null : read.message);
    setPage(read.ok ? { name: file.name, text: read.text } : null);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void takeFile(file);
  };

  return (
    <section className="wb-step" aria-labelledby="wb-page-heading">
      <h2 id="wb-page-heading">Bring a page in</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's shortcut; the file input beside it is the keyboard's way */}
      <div
        className={dragging ? 'wb-drop wb-drop--over' : 'wb-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop a saved page here (.txt, or .html saved from a browser), or</p>
        <label htmlFor={fileId}>Choose a saved page</label>
        <input
          id={fileId}
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void takeFile(file);
          }}
        />
      </div>
      <label htmlFor={pasteId}>Or paste the page's text</label>
      <textarea id={pasteId} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      <button
        type="button"
        onClick={() => {
          const bytes = new TextEncoder().encode(pasted);
          const read = readPage('pasted-page.txt', bytes);
          setMessage(read.ok ? null : read.message);
          setPage(read.ok ? { name: `pasted-${Date.now()}.txt`, text: read.text } : null);
        }}
        disabled={pasted.trim() === ''}
      >
        Preview the pasted text
      </button>
      {message !== null && (
        <p className="wb-error" role="alert">
          {message}
        </p>
      )}
      {page !== null && (
        <PagePreviewView
          key={`${page.name}:${page.text.length}`}
          api={api}
          name={page.name}
          text={page.text}
          onSaved={(articleId) => {
            workbenchStore.getState().setArticle(articleId);
            workbenchStore.getState().setView('read');
          }}
        />
      )}
    </section>
  );
}
