/**
 * Saves a blob as a file through the browser's download (an object URL on a temporary
 * `<a download>`), the pattern "Export articles" uses; the URL is revoked once the download has started.
 *
 * @param name the file name offered ("plaza-2026-12-04.csv").
 * @example download('plaza-2026-12-04.geojson', new Blob([text], { type: 'application/geo+json' }))
 */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
