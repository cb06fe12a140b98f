import { useId, useMemo, useState } from 'react';
import { MapPanel } from '../../map/MapPanel';
import type { RecordKind } from '../../state/selectionSlice';
import type { WorkbenchApi } from '../api';
import { codeOptions } from '../countries/codeOptions';
import { listPicks, type Pick } from '../drafts';
import { figureIdFor } from '../form/figureId';
import { blankValues } from '../form/formValues';
import { RecordForm } from '../form/RecordForm';
import { addCountry, removeRecord, saveForm } from '../saveActions';
import { useDataset } from '../useDataset';
import { useWorkbench, workbenchStore } from '../workbenchStore';
import { ArticlePane } from './ArticlePane';
import { CandidateList } from './CandidateList';

const NEW_KINDS: RecordKind[] = ['figure', 'event', 'project', 'place'];

/** Step 2: the article with its numbers; pick one (or start a record) and fill in the form. */
export function ReadAndPick({ api }: { api: WorkbenchApi }) {
  const dataset = useDataset();
  const articleId = useWorkbench((s) => s.articleId);
  const form = useWorkbench((s) => s.form);
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const article = dataset?.articles.find((a) => a.id === articleId) ?? dataset?.articles[0] ?? null;
  const picks = useMemo(() => (article && dataset ? listPicks(article, dataset) : []), [article, dataset]);
  const drawing = form?.kind === 'project' || form?.kind === 'place';
  const countries = dataset?.countries ?? null;
  const options = useMemo(() => codeOptions(countries), [countries]);
  const figures = dataset?.figures.figures;
  const taken = useMemo(() => new Set((figures ?? []).map((f) => f.id)), [figures]);

  if (dataset === null) return <p role="status">Loading the data folder…</p>;
  if (article === null) return <p>There are no articles yet: bring a page in first.</p>;

  const pick = (p: Pick) => {
    setPicked(p.offset);
    // Numbered against figures.json alone: the first figure of its kind and subject is -1.
    const values =
      p.form.kind === 'figure'
        ? { ...p.form.values, id: figureIdFor(p.form.values, article.id, taken) }
        : p.form.values;
    workbenchStore
      .getState()
      .openForm({ ...p.form, values, originalId: null, article: article.id, extra: {} });
    if (p.note !== null) workbenchStore.getState().setStatus({ tone: 'error', text: p.note });
  };
  const startNew = (kind: RecordKind) => {
    const quote = form?.values.quote ?? '';
    workbenchStore.getState().openForm({
      kind,
      originalId: null,
      article: article.id,
      values: { ...blankValues(kind), quote },
      extra: {},
      guessed: [],
    });
  };
  const run = async (action: () => Promise<boolean>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };

  return (
    <section className="wb-step wb-read" aria-labelledby="wb-read-heading">
      <h2 id="wb-read-heading">Read and pick</h2>
      <div className="wb-read-bar">
        <label htmlFor={selectId}>Article</label>
        <select
          id={selectId}
          value={article.id}
          onChange={(e) => workbenchStore.getState().setArticle(e.target.value)}
        >
          {dataset.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
        {NEW_KINDS.map((kind) => (
          <button key={kind} type="button" onClick={() => startNew(kind)}>
            New {kind}
          </button>
        ))}
      </div>
      <div className={drawing ? 'wb-read-grid wb-read-grid--drawing' : 'wb-read-grid'}>
        <ArticlePane
          article={article}
          picks={picks}
          onSelectText={(text) => form && workbenchStore.getState().editField('quote', text)}
        />
        {drawing ? (
          <div className="wb-map">
            <h3>Map: click to add points</h3>
            <MapPanel />
          </div>
        ) : (
          <div className="wb-candidates-column">
            <h3>Numbers and dates</h3>
            <CandidateList picks={picks} selected={picked} onPick={pick} />
          </div>
        )}
        <div className="wb-form-column">
          {form === null ? (
            <p className="wb-help">Pick a number or date, or start a new record, to open its form.</p>
          ) : (
            <RecordForm
              form={form}
              dataset={dataset}
              busy={busy}
              codeOptions={options}
              onEdit={(name, value) => workbenchStore.getState().editField(name, value, taken)}
              onTouch={(name) => workbenchStore.getState().touchField(name)}
              onTrySave={() => workbenchStore.getState().trySave()}
              onResolve={(field, take) => workbenchStore.getState().resolveConflict(field, take)}
              onAddCountry={(code, region) => addCountry(api, code, region)}
              onSave={() => void run(() => saveForm(api, form))}
              onRemove={() => void run(() => removeRecord(api, form))}
              onCancel={() => workbenchStore.getState().closeForm()}
            />
          )}
        </div>
      </div>
    </section>
  );
}
