// Hands a file to the reader as a download from the page itself, through a blob: link, so the
// extension needs no `downloads` permission. The browser names the file from `download`.

/** Starts the download of `blob` as `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the object URL is kept a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Puts the report on the clipboard as text/plain and text/html; resolves whether the clipboard took it. */
export async function copyToClipboard(plain: string, html: string): Promise<boolean> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([plain], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
    return true;
  } catch {
    return navigator.clipboard.writeText(plain).then(
      () => true,
      () => false,
    );
  }
}
