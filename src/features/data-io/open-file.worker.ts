import { openFile, type OpenResult } from '../../domain/formats/open-file';

/**
 * Reads, converts and checks an opened file off the main thread, so a large
 * file never freezes the page. Loaded from the app's own origin as a module
 * (script-src 'self' covers it; a blob: worker would be refused by the CSP).
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage: (message: OpenResult) => void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const file = event.data;
  try {
    scope.postMessage(openFile(file.name, new Uint8Array(await file.arrayBuffer())));
  } catch (error) {
    const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    scope.postMessage({ ok: false, problems: [{ severity: 'error', where: 'data file', message }], warnings: [] });
  }
};
