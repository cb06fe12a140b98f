// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult, WorkbenchApi } from '../../../src/curate/api';
import { PagePreviewView } from '../../../src/curate/page/PagePreviewView';

// Two lines could be the headline; ingest takes the first and says it is unsure.
const PAGE =
  'Salt lake works resume\nWorkers return to the salt works as the ice melts\nCrews returned to the salt works after the thaw, officials said.\nComments\n';
const SECOND = 'Workers return to the salt works as the ice melts';

function fakeApi(replies: ApiResult<unknown>[]): WorkbenchApi & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    post: vi.fn(async (_route: string, body: unknown) => {
      calls.push(body);
      return replies.shift() as never;
    }),
  };
}

describe('PagePreviewView', () => {
  it('shows what ingest would write, and a headline chosen from the page goes to ingest as --title', async () => {
    const api = fakeApi([{ ok: true, body: { output: 'wrote articles/salt-lake-works-resume.md' } }]);
    const onSaved = vi.fn();
    render(<PagePreviewView api={api} name="salt.txt" text={PAGE} onSaved={onSaved} />);
    expect(screen.getByText(/not sure which line is the headline/)).toBeInTheDocument();
    const table = screen.getByRole('list', { name: 'Files ingest will write' });
    expect(within(table).getByText('articles/salt-lake-works-resume.md')).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /^Headline of the lead article/ }),
      SECOND,
    );
    expect(
      within(table).getByText('articles/workers-return-to-the-salt-works-as-the-ice-melts.md'),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Publisher' }), 'Steppe Courier');
    await userEvent.type(screen.getByRole('textbox', { name: /^Published/ }), '2025-03');
    expect(screen.getByRole('button', { name: 'Save the article' })).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: /^Published/ }), '-04');
    await userEvent.click(screen.getByRole('button', { name: 'Save the article' }));
    expect(api.calls).toEqual([
      {
        name: 'salt.txt',
        text: PAGE,
        title: SECOND,
        force: false,
        publisher: 'Steppe Courier',
        published: '2025-03-04',
      },
    ]);
    expect(onSaved).toHaveBeenCalledWith('workers-return-to-the-salt-works-as-the-ice-melts');
  });

  it('asks before replacing a changed article, and replaces only when told', async () => {
    const api = fakeApi([
      {
        ok: false,
        refusal: { error: 'conflict', message: 'ingest: these files exist with different content' },
      },
      { ok: true, body: { output: 'replaced articles/salt-lake-works-resume.md' } },
    ]);
    render(<PagePreviewView api={api} name="salt.txt" text={PAGE} onSaved={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: /^Save/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('exist with different content');
    await userEvent.click(screen.getByRole('button', { name: 'Replace the changed files' }));
    expect(api.calls.map((c) => (c as { force: boolean }).force)).toEqual([false, true]);
  });

  it('reads lone-CR line endings as ingest does: each line a headline choice', () => {
    render(
      <PagePreviewView
        api={fakeApi([])}
        name="cr.txt"
        text={PAGE.replaceAll('\n', '\r')}
        onSaved={() => {}}
      />,
    );
    const choices = within(screen.getByRole('combobox', { name: /^Headline/ })).getAllByRole('option');
    expect(choices.map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['Salt lake works resume', SECOND]),
    );
  });

  it('gives a page with an over-long first line a way forward: a typed headline above the text', async () => {
    const long = `${'The salt works on the lake shore reopened '.repeat(12)}today`;
    const api = fakeApi([{ ok: true, body: { output: 'wrote articles/salt-works-reopen.md' } }]);
    const text = `${long}\nCrews returned after the thaw.\n`;
    render(<PagePreviewView api={api} name="long.txt" text={text} onSaved={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/no headline/);
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: /^Type the headline/ }), 'Salt works reopen');
    await userEvent.click(screen.getByRole('button', { name: 'Save the article' }));
    expect(api.calls).toEqual([
      expect.objectContaining({ text: `Salt works reopen\n\n${text}`, title: null }),
    ]);
  });
});
