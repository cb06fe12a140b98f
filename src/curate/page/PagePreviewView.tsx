import { useId, useMemo, useState } from 'react';
import type { WorkbenchApi } from '../api';
import { workbenchStore } from '../workbenchStore';
import { PageFacts } from './PageFacts';
import { previewPage } from './pageText';

interface Props {
  api: WorkbenchApi;
  name: string;
  text: string;
  onSaved: (leadArticleId: string) => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What ingest would write for the page, the title to correct, and the save (through ingest). */
export function PagePreviewView({ api, name, text: given, onSaved }: Props) {
  // A page ingest finds no headline in (its first line is too long to be one) takes one typed here,
  // put above the text: the same page ingest would read had the headline been on it.
  const [typedHeadline, setTypedHeadline] = useState('');
  const text = typedHeadline.trim() === '' ? given : `${typedHeadline.trim()}\n\n${given}`;
  const needsHeadline = useMemo(() => !previewPage(given, name).ok, [given, name]);
  const original = useMemo(() => previewPage(text, name), [text, name]);
  const chosenLine = original.ok
    ? (original.preview.dropped.find((d) => d.rule === 'title')?.text ?? '')
    : '';
  const [headline, setHeadline] = useState<string | null>(null);
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { headline: useId(), typed: useId() };
  // A headline other than ingest's own choice goes to ingest as --title.
  const title = headline !== null && headline !== chosenLine && headline !== '' ? headline : null;
  const result = useMemo(() => previewPage(text, name, title), [text, name, title]);
  const typed = needsHeadline && (
    <>
      <label htmlFor={ids.typed}>Type the headline, and it goes above the page’s text</label>
      <input
        id={ids.typed}
        type="text"
        value={typedHeadline}
        onChange={(e) => setTypedHeadline(e.target.value)}
      />
    </>
  );
  if (!result.ok)
    return (
      <div className="wb-preview">
        <p className="wb-error" role="alert">
          {result.message}
        </p>
        {typed}
      </div>
    );
  const { articles, dropped, notes, headlineChoices } = result.preview;
  const dateError = published !== '' && !DATE.test(published);

  const save = async (force: boolean) => {
    setBusy(true);
    const body = { name, text, title, force, publisher: publisher.trim(), published: published.trim() };
    const reply = await api.post<{ output: string }>('ingest', body);
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
      {typed}
      <label htmlFor={ids.headline}>Headline of the lead article (the line ingest takes as its title)</label>
      <select id={ids.headline} value={headline ?? chosenLine} onChange={(e) => setHeadline(e.target.value)}>
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
      <ul className="wb-writes" aria-label="Files ingest will write">
        {articles.map((a) => (
          <li key={a.id}>articles/{a.id}.md</li>
        ))}
      </ul>
      <PageFacts
        lead={articles[0]}
        publisher={publisher}
        published={published}
        dateError={dateError}
        onPublisher={setPublisher}
        onPublished={setPublished}
      />
      <details>
        <summary>
          {articles.length === 1 ? '1 article' : `${articles.length} articles`};{' '}
          {dropped.length === 1 ? '1 line' : `${dropped.length} lines`} left out of the text, and why
        </summary>
        <ul>
          {articles.map((a) => (
            <li key={a.id}>
              {a.title} ({a.paragraphs.length} paragraphs)
            </li>
          ))}
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
      <button
        type="button"
        className="wb-primary"
        onClick={() => void save(false)}
        disabled={busy || dateError}
      >
        {busy ? 'Saving…' : `Save ${articles.length === 1 ? 'the article' : `${articles.length} articles`}`}
      </button>
    </div>
  );
}
