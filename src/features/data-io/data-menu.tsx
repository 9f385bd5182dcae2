import { ExportMenu } from './export-menu';
import { OpenFileButton } from './open-file-button';

/** Data in and out: open a file of your own, export what is shown. */
export function DataMenu() {
  return (
    <div className="data-menu" role="group" aria-label="Timeline data">
      <OpenFileButton />
      <ExportMenu />
    </div>
  );
}
