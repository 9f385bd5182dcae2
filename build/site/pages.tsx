import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ACTOR_KIND_LABELS, actorProfile, type ActorProfile } from '../../src/domain/actor-profile';
import type { ModelEvent, TimelineModel } from '../../src/domain/load-dataset';
import { describePrecision, formatEdtf } from '../../src/domain/format-date';
import { i18n } from '../../src/i18n/i18n';
import { directionOf } from '../../src/i18n/locales';
import { actorPathFor } from '../../src/lib/actor-path';
import { isSlug, pathFor } from '../../src/lib/event-path';
import { tagSlot } from '../../src/lib/tag-colors';
import { fillTemplate } from '../html/template';
import { clipText, renderHead, type PageMeta } from '../html/page-meta';
import { actorJsonLd, eventJsonLd, homeJsonLd, sitePageJsonLd } from '../html/structured-data';
import { describeCoverage } from '../../src/domain/coverage';
import { AboutPage } from '../pages/about-page';
import { CorrectionsPage } from '../pages/corrections-page';
import { IMAGE_HEIGHT, IMAGE_WIDTH, TAG_COLOURS, type ActorCard, type EventCard, type HomeCard, type PreviewCard } from '../images/preview-image';
import { ActorPage } from '../pages/actor-page';
import { EmbedPage } from '../pages/embed-page';
import { EventPage } from '../pages/event-page';
import { NotFoundPage } from '../pages/not-found-page';
import { StaticShell } from '../pages/static-shell';
import type { SiteConfig } from '../site-config';
import { feedLinks } from '../feeds/feeds';
import { siteLanguage, type SiteLanguage } from './site-language';

/** Every file the site needs besides Vite's output: pages (HTML) and the cards to draw for them. */
export interface SitePlan {
  pages: { file: string; html: string }[];
  images: { file: string; card: PreviewCard }[];
  /** Absolute URLs of the indexable pages, for the sitemap. */
  urls: string[];
  /** Events or actors given no page, and why. */
  refused: string[];
}

const HOME_IMAGE = 'og/home.png';
const imageFile = (id: string) => `og/${id}.png`;
// Actors' cards in a folder of their own: an actor may share an id with an event.
const actorImageFile = (id: string) => `og/actors/${id}.png`;

/**
 * Every page, card and link of the site, written in the active interface
 * locale (the prerender makes it the dataset's: speakSiteLanguage) and marked
 * as the dataset's language (issue 22).
 */
export function planSite(model: TimelineModel, template: string, site: SiteConfig): SitePlan {
  const language = siteLanguage(model.lang);
  const page = (meta: PageMeta, body: ReactElement, app = true) => render(template, meta, body, app, language);
  const absolute = (path: string) => new URL(path.slice(site.base.length), site.siteUrl).href;
  const plan: SitePlan = { pages: [], images: [], urls: [], refused: [] };
  const tagIds = model.tags.map((t) => t.id);

  const homeUrl = site.siteUrl;
  const homeImage = absolute(`${site.base}${HOME_IMAGE}`);
  const home: PageMeta = {
    title: model.title,
    description: clipText(model.description, 200),
    canonical: homeUrl,
    ogType: 'website',
    siteName: model.title,
    image: {
      url: homeImage,
      width: IMAGE_WIDTH,
      height: IMAGE_HEIGHT,
      alt: i18n._('{title}: {count, plural, one {# event, with its sources} other {# events, with their sources}}', { title: model.title, count: model.events.length }),
    },
    alternates: feedLinks(absolute, site.base),
    jsonLd: homeJsonLd(model, { siteUrl: homeUrl, image: homeImage }, (id) => absolute(pathFor(id, site.base))),
    language,
  };
  plan.pages.push({ file: 'index.html', html: page(home, <StaticShell model={model} base={site.base} />) });
  plan.images.push({ file: HOME_IMAGE, card: homeCard(model) });
  plan.urls.push(homeUrl);

  for (const event of model.events) {
    // The loader only admits slugs; this is the last line before an id becomes a path.
    if (!isSlug(event.id)) {
      plan.refused.push(`event "${event.id.slice(0, 60)}": its id is not a safe slug, so it gets no page`);
      continue;
    }
    const url = absolute(pathFor(event.id, site.base));
    const image = absolute(`${site.base}${imageFile(event.id)}`);
    const card = eventCard(event, model, TAG_COLOURS[tagSlot(tagIds, event.tags[0])]!);
    const meta: PageMeta = {
      title: `${event.title} — ${model.title}`,
      description: clipText(event.summary, 200),
      canonical: url,
      ogType: 'article',
      siteName: model.title,
      image: {
        url: image,
        width: IMAGE_WIDTH,
        height: IMAGE_HEIGHT,
        alt: i18n._('{date}: {title}. From {outlet}: “{quote}”', { date: card.date, title: event.title, outlet: card.outlet, quote: card.quote }),
      },
      alternates: home.alternates,
      jsonLd: eventJsonLd(event, model, { siteUrl: homeUrl, page: url, image }),
      language,
    };
    plan.pages.push({ file: `events/${event.id}/index.html`, html: page(meta, <EventPage event={event} model={model} base={site.base} />) });
    plan.images.push({ file: imageFile(event.id), card });
    plan.urls.push(url);
  }

  for (const actor of model.actors) {
    if (!isSlug(actor.id)) {
      plan.refused.push(`actor "${actor.id.slice(0, 60)}": its id is not a safe slug, so it gets no page`);
      continue;
    }
    const profile = actorProfile(model, actor.id)!;
    const url = absolute(actorPathFor(actor.id, site.base));
    const image = absolute(`${site.base}${actorImageFile(actor.id)}`);
    const card = actorCard(profile, model);
    const meta: PageMeta = {
      title: `${actor.name} — ${model.title}`,
      description: clipText(`${actor.description} ${card.facts}.`, 200),
      canonical: url,
      ogType: actor.kind === 'person' ? 'profile' : 'website',
      siteName: model.title,
      image: { url: image, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, alt: `${card.label}: ${actor.name}. ${card.facts}` },
      alternates: home.alternates,
      jsonLd: actorJsonLd(profile, model, { siteUrl: homeUrl, page: url, image }, (id) => absolute(pathFor(id, site.base))),
      language,
    };
    plan.pages.push({ file: `actors/${actor.id}/index.html`, html: page(meta, <ActorPage profile={profile} model={model} base={site.base} />) });
    plan.images.push({ file: actorImageFile(actor.id), card });
    plan.urls.push(url);
  }

  // The site's own words: what it covers and how it was made, and every correction.
  const about: PageMeta = {
    ...home,
    title: i18n._('About this timeline — {title}', { title: model.title }),
    description: clipText(describeCoverage(model) ?? model.description, 200),
    canonical: absolute(`${site.base}about/`),
    jsonLd: sitePageJsonLd('about', model, { siteUrl: homeUrl, page: absolute(`${site.base}about/`) }),
  };
  plan.pages.push({ file: 'about/index.html', html: page(about, <AboutPage model={model} base={site.base} />, false) });
  plan.urls.push(about.canonical);
  const corrections: PageMeta = {
    ...home,
    title: i18n._('Corrections — {title}', { title: model.title }),
    description: i18n._('Lines of the timeline that said more than their articles, and what they say now, newest first.'),
    canonical: absolute(`${site.base}corrections/`),
    jsonLd: sitePageJsonLd('corrections', model, { siteUrl: homeUrl, page: absolute(`${site.base}corrections/`) }),
  };
  plan.pages.push({ file: 'corrections/index.html', html: page(corrections, <CorrectionsPage model={model} base={site.base} />, false) });
  plan.urls.push(corrections.canonical);

  // The embed is the home page's content in an iframe: not a page of its own for search engines.
  plan.pages.push({ file: 'embed/index.html', html: page({ ...home, noindex: true }, <EmbedPage model={model} base={site.base} />) });

  const notFound: PageMeta = {
    ...home,
    title: i18n._('Page not found — {title}', { title: model.title }),
    description: i18n._('There is no page at this address.'),
    noindex: true,
  };
  plan.pages.push({ file: '404.html', html: page(notFound, <NotFoundPage siteTitle={model.title} base={site.base} />, false) });
  return plan;
}

function render(template: string, meta: PageMeta, body: ReactElement, app: boolean, language: SiteLanguage): string {
  return fillTemplate(template, { head: renderHead(meta), body: renderToStaticMarkup(body), app, language });
}

/**
 * The precision sentence as the second half of the card's date line. English
 * lowercases its first letter ("3 October 2016 · known to the day"), as the
 * card always has; other languages keep the sentence's case, since lowercasing
 * would misspell a German noun.
 */
function precisionPhrase(sentence: string): string {
  const phrase = sentence.replace(/\.$/, '');
  return i18n.locale === 'en' ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

export function eventCard(event: ModelEvent, model: TimelineModel, colour: string): EventCard {
  const first = event.sources[0];
  const article = first ? model.articles.get(first.article) : undefined;
  return {
    kind: 'event',
    siteTitle: model.title,
    dir: directionOf(model.lang),
    date: i18n._('{date} · {precision}', { date: formatEdtf(event.when, 'long'), precision: precisionPhrase(describePrecision(event.when)) }),
    title: clipText(event.title, 110),
    // The quote's parts are joined by " … " in the data; a card shows its start.
    quote: clipText(first?.quote ?? '', 150),
    outlet: article?.outlet ?? '',
    moreSources: Math.max(0, new Set(event.sources.map((s) => s.article)).size - 1),
    disputed: !!event.disputes?.length,
    colour,
  };
}

export function actorCard({ actor, events, positions }: ActorProfile, model: TimelineModel): ActorCard {
  const count = events.length;
  const first = events[0]?.when.from.parts[0];
  const last = Math.max(...events.map((e) => e.when.to.parts[0] ?? 0));
  const eventsFact =
    first === undefined
      ? i18n._('{count, plural, one {# event} other {# events}}', { count })
      : first === last
        ? i18n._('{count, plural, one {# event, {year}} other {# events, {year}}}', { count, year: String(first) })
        : i18n._('{count, plural, one {# event, {first}–{last}} other {# events, {first}–{last}}}', { count, first: String(first), last: String(last) });
  const sides = positions.length ? [i18n._('{count, plural, one {# side taken in disputes} other {# sides taken in disputes}}', { count: positions.length })] : [];
  return {
    kind: 'actor',
    siteTitle: model.title,
    dir: directionOf(model.lang),
    label: i18n._(ACTOR_KIND_LABELS[actor.kind]),
    name: clipText(actor.name, 60),
    description: clipText(actor.description, 150),
    facts: [eventsFact, ...sides].join(' · '),
  };
}

function homeCard(model: TimelineModel): HomeCard {
  const span = formatEdtf(model.span, 'long');
  return {
    kind: 'home',
    siteTitle: clipText(model.title, 90),
    dir: directionOf(model.lang),
    description: clipText(model.description, 160),
    facts: i18n._('{count, plural, one {# event} other {# events}} · {span} · every one with its source', { count: model.events.length, span }),
  };
}
