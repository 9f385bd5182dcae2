import { actorPathFor } from '../../src/lib/actor-path';
import { correctionsLog, type LoggedCorrection } from '../../src/domain/coverage';
import type { TimelineModel } from '../../src/domain/load-dataset';
import { formatShortDay } from '../../src/domain/report-dates';
import { withElements } from '../../src/components/with-elements';
import { i18n } from '../../src/i18n/i18n';
import { pathFor } from '../../src/lib/event-path';
import { storyStepHref } from '../../src/lib/story-path';
import { SiteTextPage } from './site-text-page';

/** What a correction corrects, in the interface's language: called while rendering, so the active catalog answers. */
function kindLabel(kind: LoggedCorrection['kind']): string {
  if (kind === 'event') return i18n._('Event');
  if (kind === 'story') return i18n._('Story');
  return i18n._('Actor');
}

/** Where a correction's entry is read: the event's page, the story's first step, the actor's page. */
export function correctionHref(entry: LoggedCorrection, model: TimelineModel, base: string): string {
  if (entry.kind === 'event') return pathFor(entry.id, base);
  if (entry.kind === 'actor') return actorPathFor(entry.id, base);
  const first = model.storyById.get(entry.id)?.steps[0];
  return first ? storyStepHref(entry.id, 1, first.event, base) : base;
}

/** Every correction, newest first, each linking to what it corrects. */
export function CorrectionsPage({ model, base }: { model: TimelineModel; base: string }) {
  const log = correctionsLog(model);
  return (
    <SiteTextPage siteTitle={model.title} base={base}>
      <h1>{i18n._('Corrections')}</h1>
      <p>
        {i18n._(
          'Lines that said more than their articles, and what they say now. Each correction is also shown where the line stands. A typo is fixed without a note.',
        )}
      </p>
      {model.updated ? (
        <p>
          {withElements((marks) => i18n._('Last updated {date}.', marks), {
            date: <time dateTime={model.updated}>{formatShortDay(model.updated)}</time>,
          })}
        </p>
      ) : null}
      {log.length === 0 ? <p>{i18n._('Nothing has been corrected.')}</p> : null}
      <ol className="corrections-log">
        {log.map((entry, i) => (
          <li key={i}>
            <p>
              <span className="kind">{i18n._('{kind}:', { kind: kindLabel(entry.kind) })} </span>
              <a href={correctionHref(entry, model, base)}>{entry.name}</a>
            </p>
            <p>
              <strong>
                {withElements((marks) => i18n._('Corrected {date}', marks), {
                  date: <time dateTime={entry.date}>{formatShortDay(entry.date)}</time>,
                })}
              </strong>{' '}
              {entry.text}
            </p>
          </li>
        ))}
      </ol>
    </SiteTextPage>
  );
}
