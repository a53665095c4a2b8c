import { createContext, useContext, useLayoutEffect } from 'react';

/**
 * Where a server render collects the CSS its components make: the build writes it into a
 * stylesheet file, so the first page carries no `<style>` for a strict Content-Security-Policy
 * to refuse. Null in the browser.
 */
export const ServerStyleSink = createContext<string[] | null>(null);

/** A constructed stylesheet: CSS from script that a policy of `style-src 'self'` allows. */
function adopt(css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // A browser without constructed stylesheets (or jsdom): a style element.
    const element = document.createElement('style');
    element.textContent = css;
    document.head.append(element);
    return () => element.remove();
  }
}

/**
 * CSS that a component makes from its data (rules scoped to it), applied for as long as it is
 * mounted: adopted by the document in the browser, collected into the build's stylesheet when
 * the server renders the first page.
 */
export function useScopedStyleSheet(css: string): void {
  const sink = useContext(ServerStyleSink);
  if (sink !== null && !sink.includes(css)) sink.push(css);
  useLayoutEffect(() => (css === '' ? undefined : adopt(css)), [css]);
}
