/** Saves `blob` as a file named `fileName`, through a temporary link (the way every browser allows). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A frame with an opaque origin (a sandboxed iframe) usually may not download: say so up front. */
export function mayBeBlockedFromDownloading(): boolean {
  return self.origin === 'null' && window.top !== window.self;
}
