/** Saves a file already made (a picture, a large export written in slices) through the browser's own download; nothing is sent anywhere. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; a little later the object URL can go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file, as `downloadBlob` does. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
