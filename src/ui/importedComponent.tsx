import { type ComponentType, type ReactNode, startTransition, useEffect, useState } from 'react';

// Why not React.lazy with Suspense: a lazy component suspends on its first render even when its
// chunk is already in, and React then holds the content back until 300 ms after a fallback was
// last shown (its throttle on revealing Suspense content, meant to stop fallbacks flashing). On
// load every panel waited that out: the charts drew 300 ms after their data and code were in, on
// the seed and on the corpus alike (BENCHMARKS.md). Here the module's component is kept once its
// import settles, and a component asked for after that renders in the same commit.

type ImportState<P> =
  | { status: 'pending' }
  | { status: 'ready'; Component: ComponentType<P> }
  | { status: 'failed'; error: unknown };

/** A component whose code comes with a dynamic import; `load` starts the import (once) early. */
export interface ImportedComponent<P> {
  (props: P): ReactNode;
  load: () => Promise<void>;
}

/**
 * The component `importComponent` gives, rendered as `fallback` until its import settles; then
 * drawn in a transition, so a large panel still renders in slices. A failed import is thrown from
 * render, for the panel's error boundary to say so, as it would for any error in the panel.
 */
export function importedComponent<P extends object>(
  importComponent: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ImportedComponent<P> {
  let state: ImportState<P> = { status: 'pending' };
  let importing: Promise<void> | null = null;
  const load = (): Promise<void> => {
    importing ??= importComponent().then(
      (Component) => {
        state = { status: 'ready', Component };
      },
      (error: unknown) => {
        state = { status: 'failed', error };
      },
    );
    return importing;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: made once per module, at its top level, as React.lazy is
  function Imported(props: P): ReactNode {
    const [, settled] = useState(0);
    const pending = state.status === 'pending';
    useEffect(() => {
      if (!pending) return;
      let live = true;
      void load().then(() => {
        if (live) startTransition(() => settled((n) => n + 1));
      });
      return () => {
        live = false;
      };
    }, [pending]);
    if (state.status === 'failed') throw state.error;
    if (state.status === 'pending') return fallback;
    const { Component } = state;
    return <Component {...props} />;
  }
  return Object.assign(Imported, { load });
}
