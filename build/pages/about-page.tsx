import { describeCoverage } from '../../src/domain/coverage';
import type { TimelineModel } from '../../src/domain/load-dataset';
import { formatDay } from '../../src/domain/report-dates';
import { withElements } from '../../src/components/with-elements';
import { i18n } from '../../src/i18n/i18n';
import { SiteTextPage } from './site-text-page';

/**
 * What the timeline covers and how it was made: its sources, its rules for choosing, quoting and dating, its marks, its corrections.
 * Its words are the interface's, in the dataset's language (prerender.ts activates it); rendered once, so i18n is read directly.
 */
export function AboutPage({ model, base }: { model: TimelineModel; base: string }) {
  const articles = [...model.articles.values()].sort((a, b) => (a.published < b.published ? -1 : 1));
  return (
    <SiteTextPage siteTitle={model.title} base={base}>
      <h1>{i18n._('About this timeline')}</h1>
      <p>{model.description}</p>
      <h2>{i18n._('What it covers')}</h2>
      <p className="coverage">{describeCoverage(model) ?? i18n._('This timeline cites no articles.')}</p>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            {article.outlet}, <cite>{article.title}</cite>, <time dateTime={article.published}>{formatDay(article.published)}</time>
          </li>
        ))}
      </ul>
      <h2>{i18n._('How events are chosen')}</h2>
      <p>
        {i18n._(
          'An event is here because one of these articles reports it, and it says no more than they do. Nothing is added from other reporting, however well known, and nothing after the last article.',
        )}
      </p>
      <h2>{i18n._('How they are quoted')}</h2>
      <p>
        {i18n._(
          'Every event cites passages of its articles, quoted word for word and checked against the articles’ full texts, which the site carries. Words in quotation marks in a title, summary or story note are words the article quotes someone saying. A claim an article attributes (“according to WikiLeaks”, “officials said”) keeps its attribution, in the title too, and a hedge (“suggested”, “appear to”) stays.',
        )}
      </p>
      <h2>{i18n._('How they are dated')}</h2>
      <p>
        {i18n._(
          'An event is dated only as precisely as its articles allow. A relative date (“Sunday”, “last year”) is read from the article’s publication date, and the event says how. Where the articles give no day, the date is the month or the year they do give; where they give none at all, it is what can be read from them, marked approximate. Each event also says when it was first reported, and by whom: when something happened and when it became known are two facts.',
        )}
      </p>
      <h2>{i18n._('What the marks mean')}</h2>
      <dl>
        <dt>{i18n._('Disputed')}</dt>
        <dd>{i18n._('The sources disagree about the event. Its page sets out both sides: who asserts, who denies, each with the quote it rests on.')}</dd>
        <dt>{i18n._('c. (about)')}</dt>
        <dd>{i18n._('An approximate date: the articles place the event near this date, not on it.')}</dd>
        <dt>{i18n._('?')}</dt>
        <dd>{i18n._('An uncertain date: the best reading of the articles, which may be wrong.')}</dd>
        <dt>{i18n._('Hatched bars')}</dt>
        <dd>{i18n._('A date known only to the month or the year: the bar covers the whole month or year, as the event could fall anywhere in it.')}</dd>
      </dl>
      <h2>{i18n._('Corrections')}</h2>
      <p>
        {withElements(
          (marks) =>
            i18n._(
              'When a line is found to say more than its articles, it is corrected, and the correction is shown where the line stands and on the {link}, dated, with what the line said before. A typo is fixed without a note.',
              marks,
            ),
          { link: <a href={`${base}corrections/`}>{i18n._('corrections page')}</a> },
        )}
      </p>
    </SiteTextPage>
  );
}
