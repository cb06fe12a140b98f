import type { Problem } from '../data/problem';
import type { Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import type { WorkbenchApi } from './api';
import { fromRecord, toRecord } from './form/formValues';
import type { HashesReply } from './model/channel';
import { type OpenForm, workbenchStore } from './workbenchStore';

// The workbench's writes, each followed by a fresh read of the file versions. The data itself
// reloads through the dev server's data-changed event, as it does in every open dashboard.

export async function refreshHashes(api: WorkbenchApi): Promise<void> {
  const reply = await api.post<HashesReply>('hashes', {});
  if (reply.ok) workbenchStore.getState().setHashes(reply.body.hashes, reply.body.undo);
}

interface SaveReply {
  file: string;
  problems: Problem[];
}

type AnyRecord = Figure | TimelineEvent | ProjectFeature | PlaceFeature;

async function send(api: WorkbenchApi, form: OpenForm, record: unknown, done: string): Promise<boolean> {
  const wb = workbenchStore.getState();
  const reply = await api.post<SaveReply>('save', {
    kind: form.kind,
    originalId: form.originalId,
    record,
    baseHash: form.baseHash,
  });
  await refreshHashes(api);
  if (!reply.ok) {
    const { current, hash } = reply.refusal;
    if (reply.refusal.error === 'stale' && hash !== undefined && current !== undefined && current !== null) {
      // Merge with the record as the file holds it now; save again at once if nothing conflicts.
      wb.mergeStale(fromRecord(form.kind, current as AnyRecord).values, hash);
      const merged = workbenchStore.getState().form;
      if (merged !== null && merged.conflicts.length === 0 && record !== null) {
        wb.setStatus({
          tone: 'ok',
          text: 'The file changed since the form opened; merging your changes with it.',
        });
        return send(api, merged, toRecord(merged.kind, merged.values, merged.article, merged.extra), done);
      }
      const text =
        record === null
          ? `Not removed: ${form.kind} ${form.originalId} was changed elsewhere. Check it, then remove it again.`
          : `Not saved: ${merged?.conflicts.length ?? 0} field(s) were changed both here and elsewhere. Choose a value for each, then save.`;
      wb.setStatus({ tone: 'error', text });
      return false;
    }
    wb.refuseForm({ message: reply.refusal.message, problems: reply.refusal.problems ?? [] });
    wb.setStatus({ tone: 'error', text: `Not saved: ${reply.refusal.message}` });
    return false;
  }
  const warnings = reply.body.problems.length;
  wb.closeForm();
  wb.setStatus({
    tone: 'ok',
    text: `${done} ${reply.body.file}${warnings > 0 ? ` (${warnings} warning(s))` : ''}.`,
  });
  return true;
}

export function saveForm(api: WorkbenchApi, form: OpenForm): Promise<boolean> {
  const record = toRecord(form.kind, form.values, form.article, form.extra);
  const id = form.values.id ?? '';
  return send(api, form, record, `Saved ${form.kind} ${id} to`);
}

export function removeRecord(api: WorkbenchApi, form: OpenForm): Promise<boolean> {
  return send(api, form, null, `Removed ${form.kind} ${form.originalId} from`);
}

export async function undoLastSave(api: WorkbenchApi): Promise<void> {
  const reply = await api.post<{ undone: string }>('undo', {});
  await refreshHashes(api);
  workbenchStore
    .getState()
    .setStatus(
      reply.ok
        ? { tone: 'ok', text: `Undone: ${reply.body.undone}.` }
        : { tone: 'error', text: `Not undone: ${reply.refusal.message}` },
    );
}

/** Adds an ISO country to countries.json; the data reloads and every open form checks again. */
export async function addCountry(api: WorkbenchApi, code: string, region: string): Promise<void> {
  const reply = await api.post<{ note: string }>('country', { code, region });
  await refreshHashes(api);
  workbenchStore
    .getState()
    .setStatus(
      reply.ok
        ? { tone: 'ok', text: reply.body.note }
        : { tone: 'error', text: `Not added: ${reply.refusal.message}` },
    );
}
