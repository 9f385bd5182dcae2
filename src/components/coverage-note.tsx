import { describeCoverage } from '../domain/coverage';
import type { TimelineModel } from '../domain/load-dataset';
import { useI18n } from '../i18n/use-i18n';

/**
 * What the timeline covers and where to read how it was made: under the
 * title, the same in the app and on the static pages.
 */
export function CoverageNote({ model, base }: { model: Pick<TimelineModel, 'span' | 'articles'>; base: string }) {
  const i18n = useI18n();
  const coverage = describeCoverage(model);
  if (!coverage) return null;
  return (
    <p className="coverage">
      {coverage} <a href={`${base}about/`}>{i18n._('How this timeline was made')}</a>
      <span aria-hidden="true"> · </span>
      <a href={`${base}corrections/`}>{i18n._('Corrections')}</a>
    </p>
  );
}
