import type { OpenResult } from '../../domain/formats/open-file';
import { i18n } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';

/** Runs one file through the worker; a new worker per file, ended when it answers. */
function openInWorker(file: File): Promise<OpenResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./open-file.worker.ts', import.meta.url), { type: 'module', name: 'open-file' });
    const finish = (result: OpenResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<OpenResult>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const message = i18n._('could not be read ({reason})', { reason: event.message || i18n._('the reader stopped') });
      finish({ ok: false, problems: [{ severity: 'error', where: 'data file', message }], warnings: [] });
    };
    worker.postMessage(file);
  });
}

let latest = 0;

/**
 * Opens a file the reader chose or dropped. The timeline shown stays until
 * the file is known to be good; then the file's timeline replaces it at once.
 * If another file is chosen meanwhile, only the last one counts.
 */
export async function openDatasetFile(file: File): Promise<void> {
  const attempt = ++latest;
  const store = useAppStore.getState();
  store.setFileAttempt({ name: file.name, problems: null });
  const result = await openInWorker(file);
  if (attempt !== latest) return;
  if (result.ok) useAppStore.getState().showOpenedFile(file.name, result.model, result.warnings);
  else useAppStore.getState().setFileAttempt({ name: file.name, problems: result.problems, warnings: result.warnings });
}
