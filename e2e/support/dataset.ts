import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled dataset, read independently of the app so tests can compute what to expect. */
interface RawEvent {
  id: string;
  title: string;
  date: string;
  actors: string[];
  tags: string[];
  summary: string;
  sources: { article: string; quote: string; dateBasis?: string }[];
  disputes?: { question: string; positions: { stance: string; actor: string; statement: string; source: { article: string; quote: string } }[] }[];
}

export interface RawStory {
  id: string;
  title: string;
  summary: string;
  steps: { event: string; note: string }[];
}

export const dataset = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/timeline.json', import.meta.url)), 'utf8')) as {
  title: string;
  description: string;
  events: RawEvent[];
  stories: RawStory[];
  actors: { id: string; name: string; kind: string; description: string }[];
  tags: { id: string; label: string }[];
  articles: { id: string; title: string; outlet: string; url: string; paragraphs: string[] }[];
};

export function eventById(id: string): RawEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the bundled dataset`);
  return event;
}

export function actorName(id: string): string {
  return dataset.actors.find((a) => a.id === id)?.name ?? id;
}

export const TOTAL = dataset.events.length;

export function storyById(id: string): RawStory {
  const story = dataset.stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id} in the bundled dataset`);
  return story;
}

/** Where an EDTF date begins, as a sortable "YYYY-MM-DD" (the first day of its first period). */
export function startOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('/')[0]!.replace(/[~?%]/g, '').split('-');
  return `${year}-${month}-${day}`;
}
