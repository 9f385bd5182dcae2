import { ExportMenu } from './export-menu';
import { OpenFileButton } from './open-file-button';
import { SubscribeLink } from './subscribe-link';

/** Data in and out: open a file of your own, export what is shown, subscribe to the whole timeline. */
export function DataMenu() {
  return (
    <div className="data-menu" role="group" aria-label="Timeline data">
      <OpenFileButton />
      <ExportMenu />
      <SubscribeLink />
    </div>
  );
}
