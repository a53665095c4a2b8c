/** See staticServer.mjs. */
export interface StaticSite {
  /** The site's address, ending in the sub-path, e.g. `http://127.0.0.1:41234/who-gains/`. */
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Where the site is served, beginning and ending with `/` (default `/who-gains/`). */
  readonly subPath?: string;
  /** gzip text responses when the browser accepts it, as most hosts do (Lighthouse runs want it). */
  readonly compress?: boolean;
  /**
   * Sent with every file, or with the file at this path below the sub-path, as a host's
   * configuration would (a Content-Security-Policy).
   */
  readonly headers?: Readonly<Record<string, string>> | ((path: string) => Readonly<Record<string, string>>);
}

export function serveStatic(directory: string, options?: ServeOptions): Promise<StaticSite>;
