import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import type { Dispute, SourceRef } from '../../domain/schema';
import { describePrecision, formatEdtf } from '../../domain/format-date';
import { formatPublished } from '../../domain/format-published';
import { PrintedUrl } from './printed-url';

/** Where a quote comes from, on one line: outlet, headline, date and the full address. */
function Citation({ source, model }: { source: SourceRef; model: TimelineModel }) {
  const article = model.articles.get(source.article);
  if (!article) return <p className="print-cite">{source.article}</p>;
  return (
    <p className="print-cite">
      {article.outlet}, “{article.title}”, {formatPublished(article.published)}. <PrintedUrl href={article.url} />
      {article.paragraphs ? null : ' (quote not checked against the article text)'}
    </p>
  );
}

const SIDES = [
  { stance: 'asserts', heading: 'Asserts' },
  { stance: 'denies', heading: 'Denies' },
] as const;

/** Both sides of a contested claim, one after the other (paper has no room for columns of quotes). */
function PrintedDispute({ dispute, model }: { dispute: Dispute; model: TimelineModel }) {
  return (
    <section className="print-dispute">
      <h4>Disputed: {dispute.question}</h4>
      {SIDES.map(({ stance, heading }) => {
        const positions = dispute.positions.filter((p) => p.stance === stance);
        return positions.length === 0 ? null : (
          <div key={stance} className="print-side">
            <h5>{heading}</h5>
            <ul>
              {positions.map((position, i) => (
                <li key={i}>
                  <p>
                    <strong>{model.actorById.get(position.actor)?.name ?? position.actor}:</strong> {position.statement}
                  </p>
                  <blockquote>“{position.source.quote}”</blockquote>
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
  const actors = event.actors.map((id) => model.actorById.get(id)?.name ?? id);
  return (
    <article className="print-event">
      <p className="print-date">
        <time dateTime={event.date}>{formatEdtf(event.when)}</time> · {describePrecision(event.when)}
      </p>
      <h2>{event.title}</h2>
      <p>{event.summary}</p>
      {actors.length > 0 ? <p className="print-actors">Actors: {actors.join(', ')}</p> : null}
      {event.disputes?.map((dispute, i) => <PrintedDispute key={i} dispute={dispute} model={model} />)}
      <section className="print-sources">
        <h3>{event.sources.length === 1 ? 'Source' : 'Sources'}</h3>
        {event.sources.length === 0 ? <p>No source is given for this event.</p> : null}
        <ol>
          {event.sources.map((source, i) => (
            <li key={i}>
              <blockquote>“{source.quote}”</blockquote>
              {source.dateBasis ? <p className="print-basis">How the date was worked out: {source.dateBasis}</p> : null}
              <Citation source={source} model={model} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
