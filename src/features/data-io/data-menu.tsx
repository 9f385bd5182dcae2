import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { ExportMenu } from './export-menu';
import { OpenFileButton } from './open-file-button';
import { SubscribeLink } from './subscribe-link';

/**
 * Data in and out: open a file of your own, export what is shown, subscribe to
 * the whole timeline. The app adds other features' ways out of the page
 * (printing, the picture): `inExport` in the Export panel, `afterExport` beside it.
 */
export function DataMenu({ inExport, afterExport }: { inExport?: ReactNode; afterExport?: ReactNode }) {
  const i18n = useI18n();
  return (
    <div className="data-menu" role="group" aria-label={i18n._('Timeline data')}>
      <OpenFileButton />
      <ExportMenu more={inExport} />
      {afterExport}
      <SubscribeLink />
    </div>
  );
}
