/** Text decoded from a file's bytes, or why it could not be read as UTF-8. */
export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly hint: string };

const saveAsUtf8 =
  'Save the file as UTF-8 (in Excel: Save As › "CSV UTF-8"; in LibreOffice: tick "Edit filter settings" and pick Unicode (UTF-8)).';

/**
 * Strict UTF-8: a file in another encoding is refused with a message naming the likely one,
 * rather than read with its accents and quotation marks silently garbled. A UTF-8 byte-order
 * mark (which Excel writes) is dropped.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: 'The file is in UTF-16 (a "Unicode text" export), not UTF-8.', hint: saveAsUtf8 };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    // Bytes 0x80-0x9F and lone accented letters are what Windows-1252 ("ANSI") files are made of.
    return {
      ok: false,
      message: 'The file is not UTF-8: it looks like Windows-1252 ("ANSI") or another legacy encoding.',
      hint: saveAsUtf8,
    };
  }
}
