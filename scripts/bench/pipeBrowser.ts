import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';

// Chromium driven over its DevTools pipe with only the Target, Page and Runtime domains: no
// Network domain. Playwright enables that domain on every page, and with it the browser keeps a
// copy of every response body for the inspector, decoding it to text on the page's main thread
// (ResponseBodyLoader and TextResourceDecoder tasks in a trace): a cost that grows with the size
// of the data and that no reader's browser pays. Used to time loads as a reader's browser does;
// everything else in the benchmarks goes through Playwright.

type Message = {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
  sessionId?: string;
};

export interface PipePage {
  /** Navigates and resolves at the load event. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the page, awaiting a promise it gives. */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface PipeBrowser {
  newPage(viewport: { width: number; height: number }): Promise<PipePage>;
  close(): Promise<void>;
}

export async function launchPipeBrowser(): Promise<PipeBrowser> {
  const child: ChildProcess = spawn(
    ensureChromium(),
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(m: Message) => void>();
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\0');
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting && message.id !== undefined) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result);
      }
      for (const listen of listeners) listen(message);
    }
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const nextEvent = (method: string, sessionId: string) =>
    new Promise<void>((resolve) => {
      const listen = (m: Message) => {
        if (m.method !== method || m.sessionId !== sessionId) return;
        listeners.delete(listen);
        resolve();
      };
      listeners.add(listen);
    });

  return {
    async newPage(viewport) {
      // A context of its own per page: no cache or storage carried from one load to the next.
      const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      await send('Page.enable', {}, sessionId);
      await send(
        'Emulation.setDeviceMetricsOverride',
        { ...viewport, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      return {
        async goto(url) {
          const loaded = nextEvent('Page.loadEventFired', sessionId);
          await send('Page.navigate', { url }, sessionId);
          await loaded;
        },
        async evaluate(expression) {
          const { result, exceptionDetails } = await send<{
            result: { value?: unknown };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
          if (exceptionDetails)
            throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        },
        async close() {
          await send('Target.closeTarget', { targetId });
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      child.kill();
    },
  };
}
