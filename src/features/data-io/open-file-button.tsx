import type { ChangeEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { openDatasetFile } from './open-dataset-file';

export const ACCEPTED_FILES = '.csv,.json,.tsv,text/csv,application/json';

/** A file input dressed as a button; its label is its accessible name. */
export function OpenFileButton() {
  const i18n = useI18n();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) opens it again.
    event.target.value = '';
    if (file) void openDatasetFile(file);
  };
  return (
    <label className="button file-button">
      {i18n._('Open a file…')}
      <input type="file" className="visually-hidden" accept={ACCEPTED_FILES} onChange={onChange} />
    </label>
  );
}
