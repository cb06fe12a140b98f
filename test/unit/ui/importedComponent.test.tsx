// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { importedComponent } from '../../../src/ui/importedComponent';
import { PanelBoundary } from '../../../src/ui/PanelBoundary';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** An import that settles when the test says so. */
function controlledImport() {
  let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  const importComponent = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        settle = { resolve: () => resolve(Greeting), reject };
      }),
  );
  return {
    importComponent,
    resolve: () => settle?.resolve(),
    reject: (error: Error) => settle?.reject(error),
  };
}

describe('importedComponent', () => {
  it('shows the fallback, then the component with its props once the import is in', async () => {
    const imported = controlledImport();
    const Lazy = importedComponent(imported.importComponent, <p>Loading…</p>);
    render(<Lazy name="Astana" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => {
      imported.resolve();
      await Lazy.load();
    });
    expect(await screen.findByText('Hello, Astana')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('draws at its first render, with no fallback, when its code was loaded beforehand', async () => {
    // React.lazy suspends here, and React then holds the content back for its fallback throttle.
    const Lazy = importedComponent(async () => Greeting, <p>Loading…</p>);
    await Lazy.load();
    render(<Lazy name="Tashkent" />);
    expect(screen.getByText('Hello, Tashkent')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('imports once, however many render it and however often load is called', async () => {
    const imported = controlledImport();
    const Lazy = importedComponent(imported.importComponent);
    void Lazy.load();
    render(
      <>
        <Lazy name="one" />
        <Lazy name="two" />
      </>,
    );
    await act(async () => {
      imported.resolve();
      await Lazy.load();
    });
    expect(await screen.findByText('Hello, two')).toBeInTheDocument();
    expect(screen.getByText('Hello, one')).toBeInTheDocument();
    expect(imported.importComponent).toHaveBeenCalledTimes(1);
  });

  it('hands a failed import to the panel’s error boundary, which names the panel', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const imported = controlledImport();
    const Lazy = importedComponent(imported.importComponent, <p>Loading…</p>);
    render(
      <PanelBoundary name="charts">
        <Lazy name="Baku" />
      </PanelBoundary>,
    );
    await act(async () => {
      imported.reject(new Error('Failed to fetch dynamically imported module'));
      await Lazy.load();
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The charts could not be shown.');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module');
    vi.restoreAllMocks();
  });
});
