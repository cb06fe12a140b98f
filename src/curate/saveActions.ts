import type { Problem } from '../data/problem';
import type { HashesReply, WorkbenchApi } from './api';
import { toRecord } from './form/formValues';
import { type OpenForm, workbenchStore } from './workbenchStore';

// The workbench's writes, each followed by a fresh read of the file versions. The data itself
// reloads through the dev server's data-changed event, as it does in every open dashboard.

export async function refreshHashes(api: WorkbenchApi): Promise<void> {
  const reply = await api.post<HashesReply>('hashes', {});
  if (reply.ok) workbenchStore.getState().setHashes(reply.body.hashes, reply.body.canUndo);
}

interface SaveReply {
  file: string;
  problems: Problem[];
}

async function send(api: WorkbenchApi, form: OpenForm, record: unknown, done: string): Promise<boolean> {
  const { setStatus, refuseForm, closeForm } = workbenchStore.getState();
  const reply = await api.post<SaveReply>('save', {
    kind: form.kind,
    originalId: form.originalId,
    record,
    baseHash: form.baseHash,
  });
  await refreshHashes(api);
  if (!reply.ok) {
    refuseForm({ message: reply.refusal.message, problems: reply.refusal.problems ?? [] });
    setStatus({ tone: 'error', text: `Not saved: ${reply.refusal.message}` });
    return false;
  }
  const warnings = reply.body.problems.length;
  closeForm();
  setStatus({
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
  const reply = await api.post<{ file: string }>('undo', {});
  await refreshHashes(api);
  workbenchStore
    .getState()
    .setStatus(
      reply.ok
        ? { tone: 'ok', text: `Undone: ${reply.body.file} is back as it was before the last save.` }
        : { tone: 'error', text: `Not undone: ${reply.refusal.message}` },
    );
}
