import { useState } from 'react';
import type { RecordKind } from '../state/selectionSlice';
import { useAppStore } from '../state/store';

/** Hover/focus (local) and selection (shared across views) for one chart's marks. */
export function useMarkInteraction(kind: RecordKind) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const selectedId = useAppStore((s) => (s.selection?.kind === kind ? s.selection.id : null));
  const select = useAppStore((s) => s.select);
  const onToggle = (id: string) => select(selectedId === id ? null : { kind, id });
  return { activeId, setActiveId, selectedId, onToggle };
}
