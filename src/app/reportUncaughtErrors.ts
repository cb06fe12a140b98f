import type { StoreApi } from 'zustand';
import type { AppState } from '../state/store';

/**
 * Error boundaries catch render errors only. Errors thrown in event handlers and rejected
 * promises arrive here instead, and become a visible notice rather than a silent failure.
 */
export function reportUncaughtErrors(store: StoreApi<AppState>, target: Window = window): () => void {
  const notify = (reason: unknown) => {
    const message =
      reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'unknown error';
    store
      .getState()
      .addNotice(`Something went wrong: ${message.slice(0, 200)}. The rest of the page still works.`);
  };
  const onError = (event: ErrorEvent) => notify(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => notify(event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
