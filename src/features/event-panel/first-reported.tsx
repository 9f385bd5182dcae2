import type { TimelineModel } from '../../domain/load-dataset';
import { describeFirstReport, firstReported } from '../../domain/report-dates';
import type { TimelineEvent } from '../../domain/schema';

/**
 * When the event became known, beside when it happened: two facts, and the
 * second is the earliest publication date among its sources.
 */
export function FirstReported({ event, model }: { event: Pick<TimelineEvent, 'sources'>; model: Pick<TimelineModel, 'articles'> }) {
  const report = firstReported(event, model.articles);
  if (!report) return null;
  return (
    <p className="first-reported">
      <time dateTime={report.published}>{describeFirstReport(report)}</time>
    </p>
  );
}
