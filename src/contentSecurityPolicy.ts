/**
 * The self-contained page (scripts, styles and data inline) the build writes beside index.html:
 * for `file://`, for sandboxed iframes with an opaque origin (where module scripts, always
 * fetched with CORS, are blocked by a host that sends no CORS headers), and to carry on a USB
 * stick. A host sends
 * it without the header below: it carries the same policy in a meta tag, with the hashes of its
 * inline code, which a header of `script-src 'self'` would refuse.
 */
export const singleFileName = 'who-gains.html';

/**
 * The Content-Security-Policy the built site runs under with no violation, as the README
 * recommends a school's or newsroom's server send it. The single file carries the same policy in
 * a meta tag, with the hashes of its inline script and styles for `script-src` and `style-src`.
 */
export const contentSecurityPolicy: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self' https:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** The policy as a header's value, with some directives replaced. */
export const policyHeader = (replace: Readonly<Record<string, string>> = {}): string =>
  Object.entries({ ...contentSecurityPolicy, ...replace })
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
