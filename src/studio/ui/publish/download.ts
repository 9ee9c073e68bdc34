/** Saves a file the page made, from the author's click: a Blob URL on an `<a download>`, revoked once the browser has it. */

/** Firefox reads the URL after the click returns: revoking at once can cancel the download. */
const REVOKE_DELAY_MS = 1000;

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // Firefox clicks only links that are in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
