import { eventPageUrl, eventPagesBase } from '../domain/formats/citation';

/** Where event pages live under this site, the build's base path included: `<origin><base>events/<id>/`. */
export const eventUrl = (id: string): string => eventPageUrl(window.location.origin, import.meta.env.BASE_URL, id);

export const eventUrlBase = (): string => eventPagesBase(window.location.origin, import.meta.env.BASE_URL);
