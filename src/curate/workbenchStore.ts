import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { fileOfKind } from '../data/dataFileTable';
import type { Problem } from '../data/problem';
import type { RecordKind } from '../state/selectionSlice';
import type { FormValues } from './form/formValues';
import type { DataHashes } from './model/channel';

// The workbench's own state: which view, which article, the open form. The data itself lives in
// the app's store, loaded the way the dashboard loads it.

export type View = 'page' | 'read' | 'dashboard';

export interface OpenForm {
  kind: RecordKind;
  /** The id of the record being edited; null for a new one. */
  originalId: string | null;
  article: string;
  values: FormValues;
  /** Kept but not shown (a place's reported attack). */
  extra: FormValues;
  /** Fields the extractor guessed and the curator has not touched since. */
  guessed: string[];
  /** The version of the record's file the form started from. */
  baseHash: string;
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
  canUndo: boolean;
  status: Status | null;
  setView: (view: View) => void;
  setArticle: (id: string | null) => void;
  openForm: (form: Omit<OpenForm, 'baseHash' | 'refused' | 'opened'>) => void;
  editField: (name: string, value: string) => void;
  closeForm: () => void;
  setHashes: (hashes: DataHashes, canUndo: boolean) => void;
  setStatus: (status: Status | null) => void;
  refuseForm: (refused: OpenForm['refused']) => void;
  /** Bases the open form on the file as it is now, keeping every entry. */
  rebaseForm: () => void;
}

function createWorkbenchStore() {
  return createStore<WorkbenchState>()((set, get) => ({
    view: 'page',
    articleId: null,
    form: null,
    hashes: null,
    canUndo: false,
    status: null,
    setView: (view) => set({ view }),
    setArticle: (articleId) => set({ articleId }),
    openForm: (form) =>
      set((s) => ({
        form: {
          ...form,
          baseHash: get().hashes?.[fileOfKind(form.kind)] ?? '',
          refused: null,
          opened: (s.form?.opened ?? 0) + 1,
        },
      })),
    editField: (name, value) =>
      set((s) =>
        s.form === null
          ? s
          : {
              form: {
                ...s.form,
                values: { ...s.form.values, [name]: value },
                guessed: s.form.guessed.filter((g) => g !== name),
                // A refusal naming fields is answered by editing them; a stale one stays until rebased.
                refused: s.form.refused?.problems.length ? null : s.form.refused,
              },
            },
      ),
    closeForm: () => set({ form: null }),
    setHashes: (hashes, canUndo) => set({ hashes, canUndo }),
    setStatus: (status) => set({ status }),
    refuseForm: (refused) => set((s) => (s.form === null ? s : { form: { ...s.form, refused } })),
    rebaseForm: () =>
      set((s) =>
        s.form === null
          ? s
          : { form: { ...s.form, baseHash: s.hashes?.[fileOfKind(s.form.kind)] ?? '', refused: null } },
      ),
  }));
}

export const workbenchStore = createWorkbenchStore();
export const useWorkbench = <T>(selector: (s: WorkbenchState) => T): T => useStore(workbenchStore, selector);
