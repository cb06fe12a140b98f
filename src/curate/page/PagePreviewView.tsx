import { useId, useMemo, useState } from 'react';
import type { WorkbenchApi } from '../api';
import { workbenchStore } from '../workbenchStore';
import { previewPage } from './pageText';

interface Props {
  api: WorkbenchApi;
  name: string;
  text: string;
  onSaved: (leadArticleId: string) => void;
}

/** What ingest would write for the page, the title to correct, and the save (through ingest). */
export function PagePreviewView({ api, name, text, onSaved }: Props) {
  const original = useMemo(() => previewPage(text, name), [text, name]);
  const [title, setTitle] = useState(original.ok ? (original.preview.articles[0]?.title ?? '') : '');
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const leadTitle = original.ok ? original.preview.articles[0]?.title : undefined;
  const changedTitle = title.trim() !== '' && title !== leadTitle ? title.trim() : null;
  const result = useMemo(() => previewPage(text, name, changedTitle), [text, name, changedTitle]);
  if (!result.ok)
    return (
      <p className="wb-error" role="alert">
        {result.message}
      </p>
    );
  const { articles, dropped } = result.preview;

  const save = async (force: boolean) => {
    setBusy(true);
    const reply = await api.post<{ output: string }>('ingest', { name, text, title: changedTitle, force });
    setBusy(false);
    const { setStatus } = workbenchStore.getState();
    if (reply.ok) {
      setConflict(null);
      setStatus({ tone: 'ok', text: `Saved the page: ${reply.body.output.replace(/\s*\n\s*/g, '; ')}` });
      if (articles[0]) onSaved(articles[0].id);
    } else if (reply.refusal.error === 'conflict') setConflict(reply.refusal.message);
    else setStatus({ tone: 'error', text: `Not saved: ${reply.refusal.message}` });
  };

  return (
    <div className="wb-preview">
      <h3>What ingest will write</h3>
      <label htmlFor={titleId}>Title of the lead article</label>
      <input id={titleId} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      <table className="wb-table">
        <caption>{articles.length === 1 ? '1 article' : `${articles.length} articles`} on the page</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Publisher</th>
            <th scope="col">Date</th>
            <th scope="col">Paragraphs</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>{a.title}</td>
              <td>{a.publisher ?? 'not stated'}</td>
              <td>{a.published ?? a.publishedAsWritten ?? 'not stated'}</td>
              <td>{a.paragraphs.length}</td>
              <td>articles/{a.id}.md</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>
          {dropped.length === 1 ? '1 line dropped' : `${dropped.length} lines dropped`} as page chrome
        </summary>
        <ul>
          {dropped.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same chrome line may repeat
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
      {conflict !== null && (
        <div className="wb-error" role="alert">
          <p>{conflict}</p>
          <button type="button" onClick={() => void save(true)} disabled={busy}>
            Replace the changed files
          </button>
        </div>
      )}
      <button type="button" className="wb-primary" onClick={() => void save(false)} disabled={busy}>
        {busy ? 'Saving…' : `Save ${articles.length === 1 ? 'the article' : `${articles.length} articles`}`}
      </button>
    </div>
  );
}
