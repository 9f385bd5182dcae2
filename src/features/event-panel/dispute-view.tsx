import type { TimelineModel } from '../../domain/load-dataset';
import type { Dispute } from '../../domain/schema';
import { HighlightedText } from '../../components/highlighted-text';
import { SafeLink } from '../../components/safe-link';
import { i18n } from '../../i18n/i18n';

interface Props {
  dispute: Dispute;
  model: TimelineModel;
  terms: readonly string[];
  onRead?: ((article: string, quote: string) => void) | undefined;
}

const SIDES = [
  { stance: 'asserts', heading: /*i18n*/ { id: 'Asserts' } },
  { stance: 'denies', heading: /*i18n*/ { id: 'Denies' } },
] as const;

/**
 * A contested claim, both sides side by side, each with who says it and the quote.
 * No store access (the static event page renders it too): the panel's useI18n() renders it again when the language changes.
 */
export function DisputeView({ dispute, model, terms, onRead }: Props) {
  return (
    <section className="dispute" aria-label={i18n._('Disputed: {question}', { question: dispute.question })}>
      <h4>
        <HighlightedText text={dispute.question} terms={terms} />
      </h4>
      <div className="dispute-sides">
        {SIDES.map(({ stance, heading }) => (
          <div key={stance} className={`side side-${stance}`}>
            <h5>{i18n._(heading)}</h5>
            <ul>
              {dispute.positions
                .filter((p) => p.stance === stance)
                .map((position, i) => {
                  const article = model.articles.get(position.source.article);
                  return (
                    <li key={i}>
                      <p className="who">{model.actorById.get(position.actor)?.name ?? position.actor}</p>
                      <p>
                        <HighlightedText text={position.statement} terms={terms} />
                      </p>
                      <blockquote dir="auto">
                        <p>
                          <HighlightedText text={position.source.quote} terms={terms} />
                        </p>
                        {article?.paragraphs ? (
                          <footer>
                            —{' '}
                            {onRead ? (
                              <button type="button" className="link-button" onClick={() => onRead(article.id, position.source.quote)}>
                                {article.outlet}, {article.published}
                              </button>
                            ) : (
                              <SafeLink href={article.url}>
                                {article.outlet}, {article.published}
                              </SafeLink>
                            )}
                          </footer>
                        ) : article ? (
                          <footer>
                            — {article.outlet}, {article.published} <span className="unchecked">{i18n._('(not checked against the article text)')}</span>
                          </footer>
                        ) : null}
                      </blockquote>
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
