import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportFlow, type ImportRequest } from '../../../src/features/import/ImportFlow';
import { defaultView, type ViewState } from '../../../src/model/viewState';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { tinyStory } from '../../fixtures/datasets';

const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme,Water,gain,Acme gets water.,Daily,clean water\n';

/** The import report, found by its title: jsdom has no showModal, so the dialog is never open there. */
const findReport = async (title: string, timeout = 1000) => {
  const heading = await screen.findByText(title, {}, { timeout });
  const dialog = heading.closest('dialog');
  if (dialog === null) throw new Error(`${title} is not a dialog's title`);
  return dialog;
};

/** A link's view naming the linked story's actor and, for the tiny story, one of its own. */
const view = (actor: string): ViewState => ({ ...defaultView, selected: { kind: 'actor', id: actor }, singleSource: true });

function openLink(request: ImportRequest) {
  const store = createExplorerStore(tinyStory());
  const onOpened = vi.fn();
  render(<ImportFlow store={store} request={request} onOpened={onOpened} />);
  return { store, onOpened };
}

afterEach(() => vi.unstubAllGlobals());

describe('ImportFlow, for a link’s file', () => {
  it('shows the linked story with the view the link names, and reports it as a link’s', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(csv))));
    const { store, onOpened } = openLink({ serial: 1, address: 'https://gist.example.org/raw/acme.csv', view: view('acme') });
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(onOpened.mock.calls[0]?.[2]).toBe('link');
    expect(store.getState().dataset.meta.title).toBe('acme');
    expect(store.getState().selected).toEqual({ kind: 'actor', id: 'acme' });
    expect(store.getState().singleSource).toBe(true);
  });

  it('leaves the story on screen as it was where the file does not open, announcing only the failure', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }))));
    const { store, onOpened } = openLink({ serial: 1, address: 'https://gist.example.org/raw/gone.csv', view: view('acme') });
    const before = store.getState();
    await screen.findByText('gist.example.org could not be opened.');
    await findReport('“gist.example.org” could not be opened');
    const after = store.getState();
    expect(after.dataset).toBe(before.dataset);
    expect([after.singleSource, after.selected, after.hiddenOutlets, after.hiddenBenefitTypes]).toEqual([before.singleSource, before.selected, before.hiddenOutlets, before.hiddenBenefitTypes]);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('names a refused address as written, never as “”', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    openLink({ serial: 1, address: 'javascript:alert(1)', view: defaultView });
    await findReport('“javascript:alert(1)” could not be opened');
    expect(screen.getByText(/^The data link "javascript:alert\(1\)" is not an http: or https: address/)).toBeDefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stops on Cancel: nothing changes and it says so', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    const { store, onOpened } = openLink({ serial: 1, address: 'https://gist.example.org/raw/slow.csv', view: defaultView });
    const title = store.getState().dataset.meta.title;
    // The progress and its Cancel appear after half a second.
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }, { timeout: 2000 }));
    await screen.findByText('Stopped opening gist.example.org; nothing changed.');
    expect(store.getState().dataset.meta.title).toBe(title);
    expect(onOpened).not.toHaveBeenCalled();
  });
});

/** A CSV of `rows` data rows, each its own claim. */
const rowsCsv = (rows: number, quote = (i: number) => `Quote ${i}.`) =>
  `beneficiary,benefit,polarity,summary,outlet,quote\n${Array.from({ length: rows }, (_, i) => `Actor ${i % 50},Benefit ${i % 7},gain,Claim ${i}.,Outlet ${i % 3},${quote(i)}`).join('\n')}\n`;

describe('ImportFlow, for a file that must not open', () => {
  // Each hostile or damaged file, the place and words its report must give, and the story on screen unchanged.
  it.each([
    ['unclosed quote', 'story.csv', `beneficiary,benefit,polarity,summary,outlet,quote\nA,Oil,gain,A gets oil.,Daily,"Oil flows.\nB,Cash,gain,B gets cash.,Daily,"Cash, they said."\n`, 'line 2, column 6', 'runs on to line 3'],
    ['wrong number of cells', 'story.csv', 'beneficiary,benefit,polarity,summary,outlet,quote\nA,Oil,gain,A gets oil.,Daily\n', 'line 2', 'This row has 5 cells; the header has 6.'],
    ['a 5,000-character name', 'story.csv', `beneficiary,benefit,polarity,summary,outlet,quote\n${'N'.repeat(5_000)},Oil,gain,A gets oil.,Daily,Oil.\n`, 'line 2, column "beneficiary"', 'is 5,000 characters long; the most is 200'],
    ['a 9.5 MB quote', 'story.json', JSON.stringify({ ...tinyStory().dataset, index: undefined, claims: tinyStory().dataset.claims.map((c, i) => (i === 0 ? { ...c, citations: [{ ...c.citations[0], quote: 'q'.repeat(9_500_000) }] } : c)) }), 'claims[0].citations[0].quote', 'is 9,500,000 characters long; the most is 5,000'],
    ['a name that reads backwards', 'story.csv', 'beneficiary,benefit,polarity,summary,outlet,quote\nreport\u202Egnp.exe,Oil,gain,A gets oil.,Daily,Oil.\n', 'line 2, column "beneficiary"', 'direction control (U+202E)'],
    ['more rows than a story may have', 'story.csv', rowsCsv(100_001, () => 'Q.'), 'line 100002', 'the most a story may have is 100,000'],
  ])('%s', async (_case, name, text, place, words) => {
    const store = createExplorerStore(tinyStory());
    const before = store.getState().dataset;
    const onOpened = vi.fn();
    // jsdom's File cannot give its bytes: this one can, as a browser's does.
    const bytes = new TextEncoder().encode(text);
    const file = Object.assign(new File([bytes], name), { arrayBuffer: () => Promise.resolve(bytes.slice().buffer) });
    render(<ImportFlow store={store} request={{ serial: 1, file }} onOpened={onOpened} />);
    const report = await findReport(`“${name}” could not be opened`, 15_000);
    expect(report.textContent).toContain(place);
    expect(report.textContent).toContain(words);
    expect(report.textContent).toContain('The map on screen has not changed.');
    expect(store.getState().dataset).toBe(before);
    expect(onOpened).not.toHaveBeenCalled();
  });
});
