import { create } from 'zustand';
import { SOURCE_LOCALE, type CatalogLocale } from '../i18n/locales';
import type { HeadModel, LoadResult, Problem, TimelineModel } from '../domain/load-dataset';
import { EMPTY_FILTERS, type Filters } from './filters';
import { stepOfEvent, type StoryPosition } from './story';

/**
 * The one store. Slices by concern; components select the smallest value
 * they need. Visible events are derived (see `visible-events.ts`), never stored.
 */

export type ViewMode = 'timeline' | 'list';
export type Layout = 'single' | 'actors';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface Notice {
  id: number;
  tone: 'info' | 'warning';
  text: string;
}

/**
 * The timeline shown, at two depths (domain/model.ts). `model` is what the
 * first view draws: read from the timeline index before the data file has
 * come, or the whole model once it has. `full` is the whole model, with the
 * summaries, sources and article texts; null while they load. Once it is
 * there, `model` is the same object, so a selector of either sees one model.
 */
interface DatasetSlice {
  status: 'loading' | 'ready' | 'failed';
  model: HeadModel | null;
  full: TimelineModel | null;
  /** Why the data file could not follow the index; the timeline drawn stays. */
  fullFailure: Problem | null;
  errors: Problem[];
  warnings: Problem[];
  setLoadResult: (result: LoadResult) => void;
  /** The first view from the index; the data file's model follows through setFullResult. */
  setHeadModel: (model: HeadModel) => void;
  /** The data file that follows the index: its model replaces the index's (or the bundled one kept while a file is open). */
  setFullResult: (result: LoadResult) => void;
  setLoadFailure: (problem: Problem) => void;
}

interface FilterSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleActor: (id: string) => void;
  toggleTag: (id: string) => void;
  clearFilters: () => void;
  /** The day of this reader's last visit, from this browser only (features/new-since); null on a first visit. */
  lastVisit: string | null;
}

interface SelectionSlice {
  selectedId: string | null;
  /** Which article is open in the reader, and for which source of the selected event. */
  reader: { article: string; quote: string } | null;
  select: (id: string | null) => void;
  openReader: (article: string, quote: string) => void;
  closeReader: () => void;
}

/** A guided reading: the step's event is the selection, and its note is shown with it. */
interface StorySlice {
  story: StoryPosition | null;
  /** Starts a story at a step (the first by default), on the whole timeline so every step is in sight. */
  startStory: (id: string, index?: number) => void;
  /** Moves to a step of the current story; out-of-range steps are ignored. */
  goToStep: (index: number) => void;
  /** Back to exploring, on the event the story was at. */
  exitStory: () => void;
}

/** An actor's page (`/actors/<id>/`), shown in place of the explorer. */
interface ActorPageSlice {
  actorPage: string | null;
  openActor: (id: string) => void;
  /** Leaves the actor's page for the explorer, filtered to that actor alone. */
  showActorEvents: (id: string) => void;
}

/**
 * The view the app chose the window for by itself (an event brought into
 * sight, what the filters show), as opposed to one the reader set. While the
 * selection and filters are still these, the address needs no period: opening
 * it makes the same choice.
 */
export interface WindowChoice {
  selectedId: string | null;
  filters: Filters;
}

interface ViewSlice {
  mode: ViewMode;
  layout: Layout;
  window: TimeWindow | null;
  windowChosenFor: WindowChoice | null;
  setMode: (mode: ViewMode) => void;
  setLayout: (layout: Layout) => void;
  /** A window the reader set; or, with `chosen`, one the app chose for that view ('keep': as it was chosen before). */
  setWindow: (window: TimeWindow | null, chosen?: WindowChoice | 'keep' | null) => void;
}

interface NoticeSlice {
  notices: Notice[];
  notify: (text: string, tone?: Notice['tone']) => void;
  dismissNotice: (id: number) => void;
}

/** A timeline the reader opened from a file, shown in place of the bundled one until they go back (or reload). */
interface OpenedFileSlice {
  /** The file shown, with the bundled model kept for "Back to the bundled timeline". */
  openedFile: { name: string; bundled: { model: HeadModel; full: TimelineModel | null; warnings: Problem[] } } | null;
  /** A file being read (problems null), or why the last one could not be opened; the timeline shown stays. */
  /** A file being opened (`problems` null), or refused: the reasons, and apart from them the warnings that would not have refused it. */
  fileAttempt: { name: string; problems: Problem[] | null; warnings?: Problem[] } | null;
  setFileAttempt: (attempt: { name: string; problems: Problem[] | null; warnings?: Problem[] } | null) => void;
  showOpenedFile: (name: string, model: TimelineModel, warnings: Problem[]) => void;
  backToBundled: () => void;
}

/**
 * What goes on paper (features/print) while the browser prints: the events
 * the filters show, or, for an event's page, that one event. Null on screen,
 * so a timeline of 100,000 events is not written out twice for nothing.
 */
interface PrintSlice {
  printing: 'shown' | 'selected' | null;
  setPrinting: (printing: 'shown' | 'selected' | null) => void;
}

/** A new version of the site is installed and waiting (features/offline): `apply` takes it and reloads. */
interface OfflineSlice {
  update: { apply: () => void } | null;
}

/**
 * The interface's language (issue 22). `locale` is the catalog active now;
 * `chosenLocale` the one the reader asked for (the menu, `?lang=`), which wins
 * over the dataset's own language; null while following the dataset.
 * Set through features/language, which loads the catalog first.
 */
interface LanguageSlice {
  locale: CatalogLocale;
  chosenLocale: CatalogLocale | null;
  /** The language the build wrote the page in (`<html lang>`, the dataset's), until a dataset is in the store. */
  pageLang: string | null;
}

export type AppState = LanguageSlice & PrintSlice & OfflineSlice & DatasetSlice & FilterSlice & SelectionSlice & StorySlice & ActorPageSlice & ViewSlice & NoticeSlice & OpenedFileSlice;

const toggle = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((item) => item !== id) : [...list, id];

let noticeId = 0;

const initialState = {
  status: 'loading' as const,
  model: null,
  full: null,
  fullFailure: null,
  errors: [],
  warnings: [],
  filters: EMPTY_FILTERS,
  lastVisit: null,
  selectedId: null,
  reader: null,
  story: null,
  actorPage: null,
  mode: 'timeline' as const,
  layout: 'single' as const,
  window: null,
  windowChosenFor: null,
  notices: [],
  openedFile: null,
  fileAttempt: null,
  update: null,
  printing: null,
  locale: SOURCE_LOCALE,
  chosenLocale: null,
  pageLang: null,
};

// Another timeline's ids mean nothing here: selection, filters and window start afresh.
const freshView = { filters: EMPTY_FILTERS, selectedId: null, reader: null, story: null, actorPage: null, window: null, windowChosenFor: null, fileAttempt: null };

export const useAppStore = create<AppState>()((set) => ({
  ...initialState,

  setLoadResult: (result) =>
    set(
      result.ok
        ? { status: 'ready', model: result.model, full: result.model, errors: [], warnings: result.warnings }
        : { status: 'failed', model: null, full: null, errors: result.errors, warnings: result.warnings },
    ),
  setHeadModel: (model) => set({ status: 'ready', model, full: null, fullFailure: null, errors: [], warnings: [] }),
  setFullResult: (result) =>
    set((state) => {
      if (!result.ok) return { fullFailure: result.errors[0] ?? { severity: 'error', where: 'data file', message: '' } };
      const { model, warnings } = result;
      if (state.openedFile) return { openedFile: { ...state.openedFile, bundled: { model, full: model, warnings } } };
      return { model, full: model, warnings };
    }),
  setLoadFailure: (problem) => set({ status: 'failed', model: null, full: null, errors: [problem], warnings: [] }),

  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  toggleActor: (id) => set((state) => ({ filters: { ...state.filters, actors: toggle(state.filters.actors, id) } })),
  toggleTag: (id) => set((state) => ({ filters: { ...state.filters, tags: toggle(state.filters.tags, id) } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),

  select: (id) =>
    set((state) => {
      if (state.selectedId === id && !state.actorPage) return {};
      const story = state.story ? state.model?.storyById.get(state.story.id) : undefined;
      // In a story, another of its events moves to that step; any other choice leaves the story.
      const index = story && id ? stepOfEvent(story, id, state.story!.index) : -1;
      return { selectedId: id, reader: null, actorPage: null, story: index >= 0 ? { id: story!.id, index } : null };
    }),
  openReader: (article, quote) => set({ reader: { article, quote } }),
  closeReader: () => set({ reader: null }),

  startStory: (id, index = 0) =>
    set((state) => {
      const step = state.model?.storyById.get(id)?.steps[index];
      if (!step) return {};
      // The filters could hide the story's events, so a story is told on the whole timeline.
      return { story: { id, index }, selectedId: step.event, reader: null, actorPage: null, filters: EMPTY_FILTERS };
    }),
  goToStep: (index) =>
    set((state) => {
      const step = state.story ? state.model?.storyById.get(state.story.id)?.steps[index] : undefined;
      return step && state.story ? { story: { id: state.story.id, index }, selectedId: step.event, reader: null } : {};
    }),
  exitStory: () => set({ story: null }),

  openActor: (id) => set({ actorPage: id, selectedId: null, reader: null, story: null }),
  // The window is left to the timeline, which fits what the filter shows.
  showActorEvents: (id) =>
    set({ actorPage: null, selectedId: null, reader: null, story: null, window: null, windowChosenFor: null, filters: { ...EMPTY_FILTERS, actors: [id] } }),

  setMode: (mode) => set({ mode }),
  setLayout: (layout) => set({ layout }),
  setWindow: (window, chosen = null) => set((state) => ({ window, windowChosenFor: chosen === 'keep' ? state.windowChosenFor : chosen })),

  notify: (text, tone = 'info') =>
    set((state) => ({ notices: [...state.notices, { id: ++noticeId, tone, text }].slice(-5) })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),

  setPrinting: (printing) => set({ printing }),

  setFileAttempt: (fileAttempt) => set({ fileAttempt }),
  showOpenedFile: (name, model, warnings) =>
    set((state) => {
      const bundled = state.openedFile?.bundled ?? (state.model ? { model: state.model, full: state.full, warnings: state.warnings } : null);
      if (!bundled) return {};
      return { ...freshView, status: 'ready', model, full: model, warnings, errors: [], openedFile: { name, bundled } };
    }),
  backToBundled: () =>
    set((state) =>
      state.openedFile
        ? { ...freshView, model: state.openedFile.bundled.model, full: state.openedFile.bundled.full, warnings: state.openedFile.bundled.warnings, openedFile: null }
        : {},
    ),
}));

/** For tests: back to a fresh store. */
export function resetAppStore(): void {
  useAppStore.setState(initialState);
}
