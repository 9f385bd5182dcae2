import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import type { Dispute, SourceRef } from '../../domain/schema';
import { describePrecision, formatEdtf } from '../../domain/format-date';
import { formatPublished } from '../../domain/format-published';
import { useI18n } from '../../i18n/use-i18n';
import { PrintedUrl } from './printed-url';

/** Where a quote comes from, on one line: outlet, headline, date and the full address. */
function Citation({ source, model }: { source: SourceRef; model: TimelineModel }) {
  const i18n = useI18n();
  const article = model.articles.get(source.article);
  if (!article) return <p className="print-cite">{source.article}</p>;
  return (
    <p className="print-cite">
      {i18n._('{outlet}, “{title}”, {date}.', { outlet: article.outlet, title: article.title, date: formatPublished(article.published) })} <PrintedUrl href={article.url} />
      {article.paragraphs ? null : ` ${i18n._('(quote not checked against the article text)')}`}
    </p>
  );
}

const SIDES = [
  { stance: 'asserts', heading: /*i18n*/ { id: 'Asserts' } },
  { stance: 'denies', heading: /*i18n*/ { id: 'Denies' } },
] as const;

/** Both sides of a contested claim, one after the other (paper has no room for columns of quotes). */
function PrintedDispute({ dispute, model }: { dispute: Dispute; model: TimelineModel }) {
  const i18n = useI18n();
  return (
    <section className="print-dispute">
      <h4>{i18n._('Disputed: {question}', { question: dispute.question })}</h4>
      {SIDES.map(({ stance, heading }) => {
        const positions = dispute.positions.filter((p) => p.stance === stance);
        return positions.length === 0 ? null : (
          <div key={stance} className="print-side">
            <h5>{i18n._(heading)}</h5>
            <ul>
              {positions.map((position, i) => (
                <li key={i}>
                  <p>
                    <strong>{i18n._('{actor}:', { actor: model.actorById.get(position.actor)?.name ?? position.actor })}</strong> {position.statement}
                  </p>
                  <blockquote dir="auto">{i18n._('“{quote}”', { quote: position.source.quote })}</blockquote>
                  <Citation source={position.source} model={model} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/**
 * One event as it goes on paper: the date as precise as the data (with the
 * precision said in words), the title, the summary, the actors, both sides of
 * every dispute, and every source with its quote and address. Only text: no
 * control, nothing that needs a screen.
 */
export function PrintedEvent({ event, model }: { event: ModelEvent; model: TimelineModel }) {
  const i18n = useI18n();
  const actors = event.actors.map((id) => model.actorById.get(id)?.name ?? id);
  return (
    <article className="print-event">
      <p className="print-date">
        <time dateTime={event.date}>{formatEdtf(event.when)}</time> · {describePrecision(event.when)}
      </p>
      <h2>{event.title}</h2>
      <p>{event.summary}</p>
      {actors.length > 0 ? <p className="print-actors">{i18n._('Actors: {names}', { names: actors.join(', ') })}</p> : null}
      {event.disputes?.map((dispute, i) => <PrintedDispute key={i} dispute={dispute} model={model} />)}
      <section className="print-sources">
        <h3>{i18n._('{count, plural, one {Source} other {Sources}}', { count: event.sources.length })}</h3>
        {event.sources.length === 0 ? <p>{i18n._('No source is given for this event.')}</p> : null}
        <ol>
          {event.sources.map((source, i) => (
            <li key={i}>
              <blockquote dir="auto">{i18n._('“{quote}”', { quote: source.quote })}</blockquote>
              {source.dateBasis ? <p className="print-basis">{i18n._('How the date was worked out: {basis}', { basis: source.dateBasis })}</p> : null}
              <Citation source={source} model={model} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
