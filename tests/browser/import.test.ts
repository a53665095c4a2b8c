import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigCsv } from '../fixtures/bigCsv.mjs';
import { hasChromium, node, openApp, panel, panelRow, useBrowser } from './browser';
import { serveStatic } from './staticServer.mjs';

const goodCsv = [
  'beneficiary,benefit,provider,polarity,summary,outlet,speaker,speaker_role,quote',
  'Acme Town,Clean water,River Board,gain,Acme Town gets a new water supply.,Daily Planet,Lois Lane,reporter,"""The taps run clear again,"" she said."',
  'Acme Town,Clean water,River Board,gain,Acme Town gets a new water supply.,Evening Star,,,the supply is reliable',
  'River Board,Funding,,gain,The board gets a grant.,Daily Planet,,,=HYPERLINK("http://example.org")',
].join('\r\n');

/** A JSON dataset cut off in the middle, as an interrupted download leaves it. */
const truncatedJson = '{\n  "schemaVersion": 1,\n  "meta": {\n    "title": "Cut short",\n    "description": "x"';

describe.skipIf(!hasChromium)('opening a dataset', () => {
  const browser = useBrowser();

  it('reports a broken file with its place, and keeps the map on screen', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(truncatedJson) });
    const report = page.getByRole('dialog', { name: '“story.json” could not be opened' });
    await report.waitFor();
    expect(await report.textContent()).toContain('line 5, column');
    expect(await report.textContent()).toContain('The map on screen has not changed.');
    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens a good CSV dropped on the page and shows its graph', async () => {
    const { page, errors } = await openApp(browser());
    // A real drop: a DataTransfer holding the file, dispatched where a person would let go.
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'acme water.csv', { type: 'text/csv' }));
      return transfer;
    }, goodCsv);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.locator('.drop-target').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await node(page, 'Acme Town').waitFor();
    expect(await node(page, 'North Korea').count()).toBe(0);
    // Another story is not a filter change: no note says the filters changed.
    expect(await page.locator('.filter-note').textContent()).toBe('');
    await node(page, 'Acme Town').click();
    const details = panel(page, 'Acme Town');
    await details.waitFor();
    expect(await details.textContent()).toContain('Clean water');
    await expect.poll(() => page.title()).toBe('acme water · Who Gains');
    // The formula is kept as text, never run or dropped.
    await node(page, 'River Board').click();
    const board = panel(page, 'River Board');
    await panelRow(board, 'Funding').click();
    await board.getByText('=HYPERLINK("http://example.org")', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('text that could reorder the page', () => {
  const browser = useBrowser();

  it('refuses a name that reads backwards, and keeps a direction control in a quote to the quote', async () => {
    const { page, errors } = await openApp(browser());
    const header = 'beneficiary,benefit,polarity,summary,outlet,quote';
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({
      name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nreport\u202Egnp.exe,Oil,gain,A gets oil.,Daily,Oil.\n`),
    });
    const report = page.getByRole('dialog', { name: '“names.csv” could not be opened' });
    expect(await report.textContent()).toContain('line 2, column "beneficiary"');
    expect(await report.textContent()).toContain('direction control (U+202E)');
    await page.keyboard.press('Escape');
    await node(page, 'North Korea').waitFor();

    // In a quote, such a character is the quote's own business: it may not move the marks around it.
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({
      name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nAcme,Oil,gain,Acme gets oil.,Daily,abc\u202Edef\n`),
    });
    await node(page, 'Acme').click();
    const words = panel(page, 'Acme').locator('.citation__words');
    await panelRow(panel(page, 'Acme'), 'Oil').click();
    expect(await words.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
    // The closing quotation mark stays to the right of the words, as it is written after them.
    const [wordsRight, closingLeft] = await words.evaluate((element) => {
      const closing = element.nextSibling;
      const range = document.createRange();
      range.setStart(closing!, 0);
      range.setEnd(closing!, 1);
      return [element.getBoundingClientRect().right, range.getBoundingClientRect().left];
    });
    expect(closingLeft).toBeGreaterThanOrEqual(wordsRight - 0.5);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('keeping imported stories', () => {
  const browser = useBrowser();

  it('keeps an imported story in IndexedDB: after a reload it is in the switcher, and a link opens it', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await node(page, 'Acme Town').waitFor();
    await page.getByText('Kept in this browser', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('dataset')).toBe('acme-water');
    await node(page, 'Acme Town').click();
    const link = page.url();

    await page.reload();
    await node(page, 'Acme Town').waitFor();
    await panel(page, 'Acme Town').waitFor();
    const switcher = page.getByRole('combobox', { name: 'Story' });
    expect(await switcher.inputValue()).toBe('acme-water');
    await switcher.selectOption({ label: 'Who gains from a North Korea-Russia alliance (built in)' });
    await node(page, 'North Korea').waitFor();
    expect(new URL(page.url()).searchParams.get('dataset')).toBeNull();

    // An embed of the same story shows it too, in this browser.
    const embedLink = new URL(link);
    embedLink.searchParams.set('embed', '1');
    await page.goto(embedLink.href);
    await node(page, 'Acme Town').waitFor();
    expect(await page.locator('.embed__title').textContent()).toBe('acme water');
    // Its view is checked against the stored story once it opens: what that story lacks is named.
    embedLink.searchParams.set('hide-sources', 'cnn');
    await page.goto(embedLink.href);
    await page.getByText('Ignored from the link: unknown source "cnn".').waitFor();
    await panel(page, 'Acme Town').waitFor();

    // Delete asks first, then shows the built-in story.
    await page.goto(link);
    await node(page, 'Acme Town').waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “acme water”?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await node(page, 'Acme Town').waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await node(page, 'North Korea').waitFor();
    // A link to a story this browser lacks says so, and still applies what it can of its view.
    const missing = new URL(link);
    missing.searchParams.set('actor', 'north-korea');
    await page.goto(missing.href);
    await page.getByText('No story "acme-water" is kept in this browser, so the built-in story is shown.').waitFor();
    await panel(page, 'North Korea').waitFor();
    // The address no longer names it: a reload shows what is on screen.
    await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBeNull();
    // Nor does a name no story could have.
    await page.goto(new URL('?dataset=__proto__', page.url()).href);
    await page.getByText('No story "__proto__" is kept in this browser, so the built-in story is shown.').waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('leaves storage alone in a plain embed: only a link to a stored story opens it', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1', { width: 960, height: 540 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.goto(`${page.url()}&dataset=acme-water`);
    await page.getByText('No story "acme-water" is kept in this browser', { exact: false }).waitFor();
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(['who-gains']);
    expect(errors).toEqual([]);
  });

  it('works session-only where storage throws, and says so', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1280, height: 720 });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await node(page, 'Acme Town').waitFor();
    await page.getByText('Storage is blocked here', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Download JSON' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps the story open when storage is full, says so, and offers it for download', async () => {
    const { page, errors } = await openApp(browser());
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      // A stored story is the record with JSON in it; the catalogue and the probe still work.
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        if (typeof value === 'object' && value !== null && 'json' in value) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    });
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await page.getByText('Opened, but not kept: the browser’s storage is full', { exact: false }).waitFor();
    await node(page, 'Acme Town').waitFor();
    // The switcher names what is on screen, not the built-in story.
    expect(await page.getByLabel('Story').locator('option:checked').textContent()).toBe('acme water (not stored)');
    expect(new URL(page.url()).searchParams.get('dataset')).toBeNull();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('who-gains-acme-water.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { claims: unknown[] };
    expect(saved.claims).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('storage shared by tabs, interrupted and damaged', () => {
  const browser = useBrowser();
  const otherCsv = goodCsv.replaceAll('Acme Town', 'Bree Village');

  it('keeps both stories when two tabs import at once, and each tab shows its own', async () => {
    const { page: first, errors } = await openApp(browser());
    // A second tab of the same browser: same storage.
    const second = await first.context().newPage();
    await second.goto(first.url());
    await second.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await Promise.all([
      first.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) }),
      second.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'bree water.csv', mimeType: 'text/csv', buffer: Buffer.from(otherCsv) }),
    ]);
    await first.getByText('Kept in this browser', { exact: false }).waitFor();
    await second.getByText('Kept in this browser', { exact: false }).waitFor();
    await node(first, 'Acme Town').waitFor();
    await node(second, 'Bree Village').waitFor();
    expect(new URL(first.url()).searchParams.get('dataset')).toBe('acme-water');
    expect(new URL(second.url()).searchParams.get('dataset')).toBe('bree-water');
    // Neither save lost the other's: a reload lists both.
    await first.reload();
    await node(first, 'Acme Town').waitFor();
    const options = await first.getByLabel('Story').locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['acme water', 'bree water']));
    expect(errors).toEqual([]);
  });

  it('comes back whole after a reload in the middle of an import: the stories kept before, nothing half-kept', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await page.getByText('Kept in this browser', { exact: false }).waitFor();
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(20_000)) });
    await page.locator('.import-progress').waitFor({ timeout: 10_000 });
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    // The address still named the story kept before: it opens, and the list is as it was.
    await node(page, 'Acme Town').waitFor();
    const options = await page.getByLabel('Story').locator('option').allTextContents();
    expect(options.filter((o) => o !== 'Who gains from a North Korea-Russia alliance (built in)')).toEqual(['acme water']);
    expect(errors).toEqual([]);
  });

  it('offers a record damaged in storage for download, under the name the list shows', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await page.getByText('Kept in this browser', { exact: false }).waitFor();
    // Overwritten with a string, as another app on the same origin, or the developer tools, might.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('who-gains');
          open.onsuccess = () => {
            const write = open.result.transaction('datasets', 'readwrite');
            write.objectStore('datasets').put('not a story', 'acme-water');
            write.oncomplete = () => resolve();
            write.onerror = () => reject(write.error);
          };
        }),
    );
    await page.reload();
    await page.getByText('The stored copy of "acme water" no longer opens', { exact: false }).waitFor();
    await node(page, 'North Korea').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the stored copy' }).click()]);
    expect(download.suggestedFilename()).toBe('who-gains-acme-water-as-stored.json');
    expect(await readFile(await download.path(), 'utf8')).toBe('not a story');
    // And it can be deleted, though it no longer opens.
    await page.getByRole('button', { name: 'Delete it…' }).click();
    await page.getByRole('dialog', { name: 'Delete “acme water”?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByLabel('Story').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('a link to a file on the web (?data=)', () => {
  const browser = useBrowser();

  it('opens a file from a host that allows it, and explains one that does not', async () => {
    const { page, errors } = await openApp(browser());
    await page.route('https://gist.example.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' }, body: goodCsv }),
    );
    await page.goto(`${page.url()}?data=${encodeURIComponent('https://gist.example.org/raw/acme.csv')}&actor=acme-town&hide-sources=cnn`);
    await panel(page, 'Acme Town').waitFor();
    // Its view is checked against the file's story once it arrives: what that story lacks is named.
    await page.getByText('Ignored from the link: unknown source "cnn".').waitFor();
    await expect.poll(() => page.title()).toBe('acme · Who Gains');
    // Shown, not stored: the switcher says so and offers the file, and the built-in story is a choice away.
    await expect.poll(() => page.getByLabel('Story').locator('option:checked').textContent()).toBe('acme (not stored)');
    await page.getByRole('button', { name: 'Download JSON' }).waitFor();

    // A real second origin that sends no CORS header, as most school and intranet servers do.
    const folder = await mkdtemp(join(tmpdir(), 'who-gains-data-'));
    await writeFile(join(folder, 'acme.csv'), goodCsv);
    const intranet = await serveStatic(folder, { subPath: '/files/' });
    const address = new URL('acme.csv', intranet.url).href;
    await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}?data=${encodeURIComponent(address)}`);
    const report = page.getByRole('dialog', { name: `“${new URL(address).host}” could not be opened` });
    await report.waitFor();
    expect(await report.textContent()).toContain('CORS');
    await page.keyboard.press('Escape');
    await node(page, 'North Korea').waitFor();
    // The browser itself logs the refused request; nothing else may go wrong.
    expect(errors.filter((e) => !/CORS|Failed to load resource|Access-Control-Allow-Origin/.test(e))).toEqual([]);
    await intranet.close();
    await rm(folder, { recursive: true, force: true });
  });
});

describe.skipIf(!hasChromium)('sharing a story kept in this browser', () => {
  const browser = useBrowser();

  it('says its link opens only here, and points the link and the embed at its file on the web', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme water.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv) });
    await page.getByText('Kept in this browser', { exact: false }).waitFor();
    await node(page, 'Acme Town').click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect.poll(() => dialog.getByRole('note').textContent()).toContain('kept in this browser only');
    const linkField = dialog.getByRole('textbox', { name: 'Link to this view' });
    expect(new URL(await linkField.inputValue()).searchParams.get('dataset')).toBe('acme-water');

    await dialog.getByRole('textbox', { name: 'Address of the file on the web' }).fill('javascript:alert(1)');
    await dialog.getByText('That is not an http: or https: address.').waitFor();
    expect(new URL(await linkField.inputValue()).searchParams.get('data')).toBeNull();
    const address = 'https://gist.example.org/raw/acme.csv';
    await dialog.getByRole('textbox', { name: 'Address of the file on the web' }).fill(address);
    const link = new URL(await linkField.inputValue());
    expect(link.searchParams.get('data')).toBe(address);
    expect(link.searchParams.get('dataset')).toBeNull();
    expect(link.searchParams.get('actor')).toBe('acme-town');
    expect(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()).toContain(encodeURIComponent(address));

    // Another browser, without the stored copy: the link opens the file, with the selection it names.
    const { page: elsewhere, errors: elsewhereErrors } = await openApp(browser());
    await elsewhere.route('https://gist.example.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' }, body: goodCsv }),
    );
    await elsewhere.goto(link.href);
    await panel(elsewhere, 'Acme Town').waitFor();
    // And as an embed.
    link.searchParams.set('embed', '1');
    await elsewhere.goto(link.href);
    await panel(elsewhere, 'Acme Town').waitFor();
    expect(elsewhereErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('a large file', () => {
  const browser = useBrowser();

  it('is read in a worker, shows its progress, and Cancel leaves the map as it was', async () => {
    const { page, errors } = await openApp(browser());
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const csv = Buffer.from(bigCsv(20_000));
    expect(csv.length).toBeGreaterThan(3_000_000);
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: csv });
    const progress = page.locator('.import-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 10_000 });
    await progress.waitFor({ state: 'detached' });
    await page.getByText('Stopped opening big.csv; nothing changed.').waitFor({ state: 'attached' });
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    expect(workers.some((url) => url.includes('importWorker'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows its progress on a phone whole: the spinner round, Cancel not cut', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 390, height: 844, touch: true });
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(20_000)) });
    const progress = page.locator('.import-progress');
    await progress.waitFor({ timeout: 10_000 });
    const fits = await progress.evaluate((box) => {
      const spinner = box.querySelector('.import-progress__spinner')?.getBoundingClientRect();
      const cancel = box.querySelector('button');
      return {
        round: spinner !== undefined && Math.abs(spinner.width - spinner.height) < 1,
        cancelWhole: cancel !== null && cancel.scrollWidth <= cancel.clientWidth,
        onScreen: box.getBoundingClientRect().left >= 0 && box.getBoundingClientRect().right <= window.innerWidth,
      };
    });
    expect(fits).toEqual({ round: true, cancelWhole: true, onScreen: true });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('draws a large story whole, and says it is opening when it comes back after a reload', async () => {
    const { page, errors } = await openApp(browser());
    // Drawn on a canvas (1,200 links): its nodes are elements, its links what the canvas says it drew.
    const drawn = () =>
      page.evaluate(() => [document.querySelectorAll('[data-node-id]').length, Number(document.querySelector('[data-renderer="canvas"]')?.getAttribute('data-drawn-links') ?? -1)]);
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(20_000)) });
    await page.getByText('Kept in this browser', { exact: false }).waitFor({ timeout: 30_000 });
    // 200 actors and 300 benefit types; a link per actor, benefit type and role.
    await expect.poll(drawn, { timeout: 10_000 }).toEqual([500, 1200]);
    await expect.poll(() => page.locator('.filter-group').first().locator('input[type=checkbox]').count()).toBe(300);

    // Reopening a kept story is quick on an idle machine: the worker's script is held back a
    // second, so that the notice (after half a second) shows however fast the machine is.
    await page.context().route('**/importWorker*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.reload();
    await page.getByText('Opening “big”…').waitFor({ timeout: 10_000 });
    await expect.poll(drawn, { timeout: 30_000 }).toEqual([500, 1200]);
    await page.getByText('Opening “big”…').waitFor({ state: 'detached' });
    expect(await page.getByLabel('Story').locator('option:checked').textContent()).toBe('big');
    expect(errors).toEqual([]);
  });
});
