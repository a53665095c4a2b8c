/** Where JSON text first goes wrong, and what was expected there. */
export interface JsonErrorSite {
  readonly offset: number;
  readonly message: string;
}

/** Deeper than any dataset: a file nested this far is an attack or an accident, not data. */
export const maxJsonDepth = 64;

/**
 * Scans JSON text and returns its first syntax error (or a nesting deeper than `maxJsonDepth`),
 * or null when it is well formed. `JSON.parse` says *that* a file is broken, and in each browser
 * differently; this says where, so the report can give a line and a column.
 */
export function locateJsonError(text: string): JsonErrorSite | null {
  let at = 0;
  const fail = (message: string): JsonErrorSite => ({ offset: Math.min(at, text.length), message });
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1;
  };
  const describe = () => (at >= text.length ? 'the file ends' : `found ${JSON.stringify(text[at])}`);

  const string = (): JsonErrorSite | null => {
    at += 1;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        at += 1;
        return null;
      }
      if (c < 0x20) return fail('a line break or control character inside a string (strings end with ")');
      if (c === 0x5c) {
        const next = text[at + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return fail('a \\u escape needs four hex digits');
          at += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') at += 2;
        else return fail(`an unknown escape \\${next}`);
      } else at += 1;
    }
    return fail('a string that is never closed (missing ")');
  };

  const value = (depth: number): JsonErrorSite | null => {
    space();
    const c = text[at];
    if (c === '{' || c === '[') {
      if (depth >= maxJsonDepth) return fail(`nesting deeper than ${maxJsonDepth} levels`);
      const close = c === '{' ? '}' : ']';
      at += 1;
      space();
      if (text[at] === close) {
        at += 1;
        return null;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[at] !== '"') return fail(`expected a "quoted" key, ${describe()}`);
          const keyError = string();
          if (keyError !== null) return keyError;
          space();
          if (text[at] !== ':') return fail(`expected : after the key, ${describe()}`);
          at += 1;
        }
        const inner = value(depth + 1);
        if (inner !== null) return inner;
        space();
        if (text[at] === ',') {
          at += 1;
          space();
          if (text[at] === close) return fail(`a comma before ${close} (JSON allows no trailing comma)`);
          continue;
        }
        if (text[at] === close) {
          at += 1;
          return null;
        }
        return fail(`expected , or ${close}, ${describe()}`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (literal !== null) {
      at += literal[0].length;
      return null;
    }
    return fail(`expected a value, ${describe()}`);
  };

  const first = value(0);
  if (first !== null) return first;
  space();
  return at < text.length ? fail(`more text after the end of the JSON, ${describe()}`) : null;
}

/** 1-based line and column of an offset, for people. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column: offset - lastBreak };
}
