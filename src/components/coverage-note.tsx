import { describeCoverage } from '../domain/coverage';
import type { TimelineModel } from '../domain/load-dataset';

/**
 * What the timeline covers and where to read how it was made: under the
 * title, the same in the app and on the static pages.
 */
export function CoverageNote({ model, base }: { model: Pick<TimelineModel, 'span' | 'articles'>; base: string }) {
  const coverage = describeCoverage(model);
  if (!coverage) return null;
  return (
    <p className="coverage">
      {coverage} <a href={`${base}about/`}>How this timeline was made</a>
      <span aria-hidden="true"> · </span>
      <a href={`${base}corrections/`}>Corrections</a>
    </p>
  );
}
