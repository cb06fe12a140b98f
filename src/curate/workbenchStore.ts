import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { fileOfKind } from '../data/dataFileTable';
import type { Problem } from '../data/problem';
import type { RecordKind } from '../state/selectionSlice';
import { figureIdFor, ID_SOURCES } from './form/figureId';
import type { FormValues } from './form/formValues';
import { type Conflict, mergeValues } from './form/mergeValues';
import type { DataHashes } from './model/channel';

// The workbench's own state: which view, which article, the open form. The data itself lives in
// the app's store, loaded the way the dashboard loads it.

export type View = 'page' | 'read' | 'dashboard';

export interface FormStart {
  kind: RecordKind;
  /** The id of the record being edited; null for a new one. */
  originalId: string | null;
  article: string;
  values: FormValues;
  /** Kept but not shown (a place's reported attack). */
  extra: FormValues;
  /** Fields the extractor guessed and the curator has not touched since. */
  guessed: string[];
}

export interface OpenForm extends FormStart {
  /** The values as the record's file held them when the form started: a stale save merges against them. */
  base: FormValues;
  /** The version of the record's file the form started from. */
  baseHash: string;
  /** Fields the curator has left (blurred): only these show their problems, until Save is tried. */
  touched: string[];
  saveTried: boolean;
  /** A new figure's id follows its kind and subject until the curator edits the id. */
  idEdited: boolean;
  /** Fields changed both here and in the file since the form started, to settle before saving. */
  conflicts: Conflict[];
  /** Counts the forms opened, so a newly opened one can take the focus. */
  opened: number;
  /** The endpoint's last refusal of this form, shown at its fields. */
  refused: { message: string; problems: Problem[] } | null;
}

export interface Status {
  tone: 'ok' | 'error';
  text: string;
}

export interface WorkbenchState {
  view: View;
  articleId: string | null;
  form: OpenForm | null;
  hashes: DataHashes | null;
  /** What "Undo" would undo now, in words; null when there is nothing. */
  undo: string | null;
  status: Status | null;
  setView: (view: View) => void;
  setArticle: (id: string | null) => void;
  openForm: (form: FormStart) => void;
  /** `taken`: the ids in figures.json, for an id that follows kind and subject. */
  editField: (name: string, value: string, taken?: ReadonlySet<string>) => void;
  touchField: (name: string) => void;
  trySave: () => void;
  closeForm: () => void;
  setHashes: (hashes: DataHashes, undo: string | null) => void;
  setStatus: (status: Status | null) => void;
  refuseForm: (refused: OpenForm['refused']) => void;
  /** The file changed under the form: merge with the record as it is now (`theirs`) at version `hash`. */
  mergeStale: (theirs: FormValues, hash: string) => void;
  resolveConflict: (field: string, take: 'mine' | 'theirs') => void;
}

type Set = (fn: (s: WorkbenchState) => Partial<WorkbenchState>) => void;
const changeForm = (set: Set, fn: (form: OpenForm) => Partial<OpenForm>) =>
  set((s) => (s.form === null ? {} : { form: { ...s.form, ...fn(s.form) } }));

function edited(form: OpenForm, name: string, value: string, taken: ReadonlySet<string> | undefined) {
  const values = { ...form.values, [name]: value };
  const follows =
    form.kind === 'figure' && !form.idEdited && taken !== undefined && ID_SOURCES.includes(name);
  if (follows) values.id = figureIdFor(values, form.article, taken);
  return {
    values,
    guessed: form.guessed.filter((g) => g !== name && !(follows && g === 'id')),
    idEdited: form.idEdited || name === 'id',
    // A refusal naming fields is answered by editing them.
    refused: form.refused?.problems.length ? null : form.refused,
  };
}

function createWorkbenchStore() {
  return createStore<WorkbenchState>()((set, get) => ({
    view: 'page',
    articleId: null,
    form: null,
    hashes: null,
    undo: null,
    status: null,
    setView: (view) => set({ view }),
    setArticle: (articleId) => set({ articleId }),
    openForm: (start) =>
      set((s) => ({
        form: {
          ...start,
          base: start.values,
          baseHash: get().hashes?.[fileOfKind(start.kind)] ?? '',
          touched: [],
          saveTried: false,
          idEdited: start.originalId !== null,
          conflicts: [],
          refused: null,
          opened: (s.form?.opened ?? 0) + 1,
        },
      })),
    editField: (name, value, taken) => changeForm(set, (form) => edited(form, name, value, taken)),
    touchField: (name) =>
      changeForm(set, (form) => (form.touched.includes(name) ? {} : { touched: [...form.touched, name] })),
    trySave: () => changeForm(set, () => ({ saveTried: true })),
    closeForm: () => set(() => ({ form: null })),
    setHashes: (hashes, undo) => set(() => ({ hashes, undo })),
    setStatus: (status) => set(() => ({ status })),
    refuseForm: (refused) => changeForm(set, () => ({ refused })),
    mergeStale: (theirs, hash) =>
      changeForm(set, (form) => {
        const merged = mergeValues(form.base, form.values, theirs);
        return {
          values: merged.values,
          conflicts: merged.conflicts,
          base: theirs,
          baseHash: hash,
          refused: null,
        };
      }),
    resolveConflict: (field, take) =>
      changeForm(set, (form) => {
        const conflict = form.conflicts.find((c) => c.field === field);
        if (conflict === undefined) return {};
        return {
          values: { ...form.values, [field]: take === 'mine' ? conflict.mine : conflict.theirs },
          conflicts: form.conflicts.filter((c) => c !== conflict),
        };
      }),
  }));
}

export const workbenchStore = createWorkbenchStore();
export const useWorkbench = <T>(selector: (s: WorkbenchState) => T): T => useStore(workbenchStore, selector);
