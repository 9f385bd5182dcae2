import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ACTOR_KIND_LABELS, actorProfile, type ActorProfile } from '../../src/domain/actor-profile';
import type { ModelEvent, TimelineModel } from '../../src/domain/load-dataset';
import { describePrecision, formatEdtf } from '../../src/domain/format-date';
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

export function planSite(model: TimelineModel, template: string, site: SiteConfig): SitePlan {
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
    image: { url: homeImage, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, alt: `${model.title}: ${model.events.length} events, with their sources` },
    alternates: feedLinks(absolute, site.base),
    jsonLd: homeJsonLd(model, { siteUrl: homeUrl, image: homeImage }, (id) => absolute(pathFor(id, site.base))),
  };
  plan.pages.push({ file: 'index.html', html: page(template, home, <StaticShell model={model} base={site.base} />) });
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
      image: { url: image, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, alt: `${card.date}: ${event.title}. From ${card.outlet}: “${card.quote}”` },
      alternates: home.alternates,
      jsonLd: eventJsonLd(event, model, { siteUrl: homeUrl, page: url, image }),
    };
    plan.pages.push({ file: `events/${event.id}/index.html`, html: page(template, meta, <EventPage event={event} model={model} base={site.base} />) });
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
    };
    plan.pages.push({ file: `actors/${actor.id}/index.html`, html: page(template, meta, <ActorPage profile={profile} model={model} base={site.base} />) });
    plan.images.push({ file: actorImageFile(actor.id), card });
    plan.urls.push(url);
  }

  // The site's own words: what it covers and how it was made, and every correction.
  const about: PageMeta = {
    ...home,
    title: `About this timeline — ${model.title}`,
    description: clipText(describeCoverage(model) ?? model.description, 200),
    canonical: absolute(`${site.base}about/`),
    jsonLd: sitePageJsonLd('about', model, { siteUrl: homeUrl, page: absolute(`${site.base}about/`) }),
  };
  plan.pages.push({ file: 'about/index.html', html: fillTemplate(template, { head: renderHead(about), body: renderToStaticMarkup(<AboutPage model={model} base={site.base} />), app: false }) });
  plan.urls.push(about.canonical);
  const corrections: PageMeta = {
    ...home,
    title: `Corrections — ${model.title}`,
    description: 'Lines of the timeline that said more than their articles, and what they say now, newest first.',
    canonical: absolute(`${site.base}corrections/`),
    jsonLd: sitePageJsonLd('corrections', model, { siteUrl: homeUrl, page: absolute(`${site.base}corrections/`) }),
  };
  plan.pages.push({ file: 'corrections/index.html', html: fillTemplate(template, { head: renderHead(corrections), body: renderToStaticMarkup(<CorrectionsPage model={model} base={site.base} />), app: false }) });
  plan.urls.push(corrections.canonical);

  // The embed is the home page's content in an iframe: not a page of its own for search engines.
  plan.pages.push({ file: 'embed/index.html', html: page(template, { ...home, noindex: true }, <EmbedPage model={model} base={site.base} />) });

  const notFound: PageMeta = { ...home, title: `Page not found — ${model.title}`, description: 'There is no page at this address.', noindex: true };
  plan.pages.push({ file: '404.html', html: fillTemplate(template, { head: renderHead(notFound), body: renderToStaticMarkup(<NotFoundPage siteTitle={model.title} base={site.base} />), app: false }) });
  return plan;
}

function page(template: string, meta: PageMeta, body: ReactElement): string {
  return fillTemplate(template, { head: renderHead(meta), body: renderToStaticMarkup(body), app: true });
}

export function eventCard(event: ModelEvent, model: TimelineModel, colour: string): EventCard {
  const first = event.sources[0];
  const article = first ? model.articles.get(first.article) : undefined;
  return {
    kind: 'event',
    siteTitle: model.title,
    date: `${formatEdtf(event.when, 'long')} · ${describePrecision(event.when).replace(/\.$/, '').toLowerCase()}`,
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
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const first = events[0]?.when.from.parts[0];
  const last = Math.max(...events.map((e) => e.when.to.parts[0] ?? 0));
  const years = first === undefined ? '' : first === last ? `, ${first}` : `, ${first}–${last}`;
  const facts = [`${count(events.length, 'event')}${years}`, ...(positions.length ? [`${count(positions.length, 'side')} taken in disputes`] : [])];
  return {
    kind: 'actor',
    siteTitle: model.title,
    label: ACTOR_KIND_LABELS[actor.kind],
    name: clipText(actor.name, 60),
    description: clipText(actor.description, 150),
    facts: facts.join(' · '),
  };
}

function homeCard(model: TimelineModel): HomeCard {
  const span = formatEdtf(model.span, 'long');
  return {
    kind: 'home',
    siteTitle: clipText(model.title, 90),
    description: clipText(model.description, 160),
    facts: `${model.events.length} events · ${span} · every one with its source`,
  };
}
