import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

/** Flags that keep a headless Chromium quiet, offline and deterministic in containers and CI. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = inject('chromiumPath') !== null;

export function launchBrowser(): Promise<Browser> {
  const executablePath = inject('chromiumPath');
  if (executablePath === null) throw new Error('launchBrowser called without Chromium; guard the suite with hasChromium');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

/** Contexts opened by the current test, closed after it so no page outlives its test. */
const openContexts: BrowserContext[] = [];

/**
 * One Chromium per test file: launched before its tests, closed after; every page a test opens
 * is closed after that test. Call inside the suite's `describe`; the returned function gives the
 * running browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(openContexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('the browser is not running yet');
    return browser;
  };
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** A phone: touch events, a mobile viewport and a device pixel ratio of 3. */
  readonly touch?: boolean;
  readonly javaScript?: boolean;
  /** Served with the recommended Content-Security-Policy header. */
  readonly strict?: boolean;
}

export interface AppPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions, in order; a test asserts this stays empty. */
  readonly errors: string[];
}

/**
 * Opens the app in a fresh context (own storage, own viewport) and waits until it is interactive
 * (hydrated), or, with scripts off, until the static page is there.
 */
export async function openApp(browser: Browser, query = '', options: OpenOptions = {}): Promise<AppPage> {
  const touch = options.touch ?? false;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: touch,
    isMobile: touch,
    deviceScaleFactor: touch ? 3 : 1,
    javaScriptEnabled: options.javaScript ?? true,
  });
  openContexts.push(context);
  // Well under the test timeout, so a missing element fails with Playwright's message, not a bare timeout.
  context.setDefaultTimeout(5_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(new URL(query, inject(options.strict === true ? 'strictUrl' : 'baseUrl')).href);
  if (options.javaScript === false) await page.locator('[data-node-id]').first().waitFor();
  else await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  return { page, errors };
}

/** Waits until wheel, pinch and drag pan and zoom the graph (d3-zoom arrives after the first paint). */
export async function zoomReady(page: Page): Promise<void> {
  await page.locator('svg.graph-view__svg[data-zoom-ready]').waitFor({ state: 'attached' });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Graph node by its visible label: a toggle button whose name begins with it, then what it is and its counts. */
export function node(page: Page, label: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}, (actor|benefit type), `) });
}

/** A filter checkbox, e.g. ("Source", "CNN"); its full name also holds its counts ("CNN · 3 claims, 1 alone"). */
export function filterBox(page: Page, legend: 'Benefit type' | 'Source', label: string): Locator {
  const name = new RegExp(`^${escapeRegExp(label)} · \\d+ claims?(, \\d+ alone)?$`);
  return page.getByRole('group', { name: legend }).getByRole('checkbox', { name });
}

/** A row of the detail panel ("Oil · CNN, The Conversation"), by its benefit type or actor. */
export function panelRow(details: Locator, label: string): Locator {
  const name = new RegExp(`^${escapeRegExp(label)} · `);
  return details.locator('.panel-row summary').filter({ hasText: name });
}

/** The detail panel for a node, found as the landmark its heading names. */
export function panel(page: Page, heading: string): Locator {
  return page.getByRole('region', { name: heading, exact: true });
}

/** The box of a locator, failing loudly rather than handing back null. */
export async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (b === null) throw new Error(`${locator.toString()} has no bounding box (not rendered?)`);
  return b;
}
