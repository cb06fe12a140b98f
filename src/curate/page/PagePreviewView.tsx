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
  const chosenLine = original.ok
    ? (original.preview.dropped.find((d) => d.rule === 'title')?.text ?? '')
    : '';
  const [headline, setHeadline] = useState(chosenLine);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headlineId = useId();
  // A headline other than ingest's own choice goes to ingest as --title.
  const title = headline !== chosenLine && headline !== '' ? headline : null;
  const result = useMemo(() => previewPage(text, name, title), [text, name, title]);
  if (!result.ok)
    return (
      <p className="wb-error" role="alert">
        {result.message}
      </p>
    );
  const { articles, dropped, notes, headlineChoices } = result.preview;

  const save = async (force: boolean) => {
    setBusy(true);
    const reply = await api.post<{ output: string }>('ingest', { name, text, title, force });
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
      <label htmlFor={headlineId}>Headline of the lead article (the line ingest takes as its title)</label>
      <select id={headlineId} value={headline} onChange={(e) => setHeadline(e.target.value)}>
        {headlineChoices.map((line) => (
          <option key={line} value={line}>
            {line.length > 120 ? `${line.slice(0, 119)}…` : line}
          </option>
        ))}
      </select>
      {notes.map((note) => (
        <p key={note} className="wb-help">
          Ingest: {note}
        </p>
      ))}
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
          {dropped.length === 1 ? '1 line' : `${dropped.length} lines`} left out of the article text, and why
        </summary>
        <ul>
          {dropped.map((d) => (
            <li key={d.line}>
              line {d.line}: {d.text} <span className="wb-help">({d.rule})</span>
            </li>
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
