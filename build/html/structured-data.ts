import type { DatePoint } from '../../src/domain/edtf';
import type { ActorProfile } from '../../src/domain/actor-profile';
import type { ModelEvent, TimelineModel } from '../../src/domain/load-dataset';
import { lastCorrected, newestFirst } from '../../src/domain/report-dates';
import type { Actor, Correction } from '../../src/domain/schema';
import { i18n } from '../../src/i18n/i18n';
import { languageTag } from '../site/language-tag';

/**
 * schema.org data for the pages, as JSON-LD.
 *
 * An event page is an `ItemPage` (a page about one thing) whose `mainEntity`
 * is an `Event`: the thing that happened, dated only as precisely as the
 * sources allow (ISO 8601 reduced precision: "2016-10", "2012"). The sources
 * are the page's `citation`s, each a `NewsArticle` with its outlet as
 * publisher: that is what the page is, a documented event backed by news
 * reports. `NewsArticle` for the page itself would claim we are the
 * reporter; `ClaimReview` would claim a verdict we do not give.
 *
 * Every page says its language (`inLanguage`): the dataset's, which the
 * site's pages are written in (issue 22). The cited articles' is not known.
 */

const pad = (n: number | undefined, width = 2) => String(n ?? 1).padStart(width, '0');

/** A date point at its own precision, without EDTF's `~`/`?` (ISO 8601 has none). */
export function isoDate(point: DatePoint): string {
  const [year, month, day] = point.parts;
  const y = pad(year, 4);
  if (point.precision === 'year') return y;
  if (point.precision === 'month') return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/**
 * A corrected page says so: `dateModified` is the day of its latest
 * correction, and each correction is a `CorrectionComment` with its text and
 * day, newest first. A page never corrected carries neither.
 */
export function correctionFields(corrections: readonly Correction[] | undefined): Record<string, unknown> {
  const modified = lastCorrected(corrections);
  if (!corrections?.length || !modified) return {};
  return {
    dateModified: modified,
    correction: newestFirst(corrections).map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })),
  };
}

interface Urls {
  siteUrl: string;
  page: string;
  image: string;
}

export function eventJsonLd(event: ModelEvent, model: TimelineModel, urls: Urls): unknown {
  const { from, to } = event.when;
  const articleIds = [...new Set(event.sources.map((source) => source.article))];
  const citations = articleIds.flatMap((id) => {
    const article = model.articles.get(id);
    if (!article) return [];
    return [
      {
        '@type': 'NewsArticle',
        headline: article.title,
        url: article.url,
        datePublished: article.published,
        publisher: { '@type': 'Organization', name: article.outlet },
        ...(article.byline?.length ? { author: article.byline.map((name) => ({ '@type': 'Person', name })) } : {}),
      },
    ];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemPage',
    url: urls.page,
    inLanguage: languageTag(model.lang),
    name: event.title,
    description: event.summary,
    isPartOf: { '@type': 'WebSite', name: model.title, url: urls.siteUrl },
    primaryImageOfPage: { '@type': 'ImageObject', url: urls.image, width: 1200, height: 630 },
    ...correctionFields(event.corrections),
    // When this page's entry was published and last revised (issue 23); revised agrees with the corrections by the loader's check.
    ...(event.added ? { datePublished: event.added } : {}),
    ...(event.revised ? { dateModified: event.revised } : {}),
    temporalCoverage: event.when.isRange ? `${isoDate(from)}/${isoDate(to)}` : isoDate(from),
    mainEntity: {
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      startDate: isoDate(from),
      ...(event.when.isRange ? { endDate: isoDate(to) } : {}),
    },
    mentions: event.actors.flatMap((id) => {
      const actor = model.actorById.get(id);
      return actor ? [{ '@type': actorType(actor), name: actor.name }] : [];
    }),
    citation: citations,
  };
}

export function homeJsonLd(model: TimelineModel, urls: Omit<Urls, 'page'>, eventUrl: (id: string) => string): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: model.title,
    description: model.description,
    url: urls.siteUrl,
    inLanguage: languageTag(model.lang),
    image: urls.image,
    ...(model.updated ? { dateModified: model.updated } : {}),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: model.events.length,
      itemListElement: model.events.map((event, i) => ({ '@type': 'ListItem', position: i + 1, url: eventUrl(event.id), name: event.title })),
    },
  };
}

/** schema.org's type for an actor: a person, a government body or another organisation. */
export function actorType(actor: Actor): 'Person' | 'GovernmentOrganization' | 'Organization' {
  if (actor.kind === 'person') return 'Person';
  return actor.kind === 'government' || actor.kind === 'agency' || actor.kind === 'legislature' ? 'GovernmentOrganization' : 'Organization';
}

/**
 * An actor's page is a `ProfilePage` whose `mainEntity` is the person or
 * organisation, and whose events (pages of this site) it is the subject of.
 */
export function actorJsonLd(profile: ActorProfile, model: TimelineModel, urls: Urls, eventUrl: (id: string) => string): unknown {
  const { actor, events } = profile;
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: urls.page,
    inLanguage: languageTag(model.lang),
    name: actor.name,
    description: actor.description,
    ...correctionFields(actor.corrections),
    isPartOf: { '@type': 'WebSite', name: model.title, url: urls.siteUrl },
    primaryImageOfPage: { '@type': 'ImageObject', url: urls.image, width: 1200, height: 630 },
    mainEntity: {
      '@type': actorType(actor),
      name: actor.name,
      description: actor.description,
      subjectOf: events.map((event) => ({ '@type': 'ItemPage', name: event.title, url: eventUrl(event.id) })),
    },
  };
}

/** The about page (`AboutPage`) and the corrections page (`WebPage`, modified when the dataset last was). */
export function sitePageJsonLd(kind: 'about' | 'corrections', model: TimelineModel, urls: Omit<Urls, 'image'>): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': kind === 'about' ? 'AboutPage' : 'WebPage',
    url: urls.page,
    inLanguage: languageTag(model.lang),
    name: kind === 'about' ? i18n._('About this timeline') : i18n._('Corrections'),
    isPartOf: { '@type': 'WebSite', name: model.title, url: urls.siteUrl },
    ...(kind === 'corrections' && model.updated ? { dateModified: model.updated } : {}),
  };
}
