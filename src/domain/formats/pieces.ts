/**
 * An export written as a stream of pieces, so the same code can run at once
 * (tests, the build, the command line) or in slices on the main thread with
 * the page free between them (issue 21: 150,000 events froze it for seconds).
 *
 * A writer is a generator: it yields text, and numbers as progress ticks
 * (events done so far), which are also safe places to pause. It may return
 * an error instead of a file.
 */
export type Pieces = Generator<string | number, { error: string } | void, void>;

export type Written<T> = { ok: true; text: T } | { ok: false; error: string };

/** The whole text at once. */
export function writeAll(pieces: Pieces): Written<string> {
  const parts: string[] = [];
  for (let step = pieces.next(); ; step = pieces.next()) {
    if (step.done) return step.value ? { ok: false, error: step.value.error } : { ok: true, text: parts.join('') };
    if (typeof step.value === 'string') parts.push(step.value);
  }
}

export interface SliceControl {
  signal?: AbortSignal | undefined;
  /** Events done and the total, after each slice. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** How long a slice may run; 30 ms leaves the page room for a frame and input between slices. */
  sliceMs?: number;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same text in slices of about `sliceMs`, one chunk per slice (joined,
 * the chunks are byte for byte what writeAll gives). Null when cancelled.
 * `chunk` turns each slice's text into what is kept: the app makes it a Blob
 * there and then, since encoding 100 MB into one Blob at the end held the
 * page for over half a second.
 */
export async function writeInSlices<T = string>(
  pieces: Pieces,
  total: number,
  { signal, onProgress, sliceMs = 30 }: SliceControl = {},
  chunk: (text: string) => T = (text) => text as T,
): Promise<Written<T[]> | null> {
  const chunks: T[] = [];
  let buffer: string[] = [];
  let done = 0;
  let until = performance.now() + sliceMs;
  for (let step = pieces.next(), n = 0; ; step = pieces.next(), n++) {
    if (step.done) {
      if (step.value) return { ok: false, error: step.value.error };
      if (buffer.length) chunks.push(chunk(buffer.join('')));
      onProgress?.(total, total);
      return { ok: true, text: chunks };
    }
    if (typeof step.value === 'string') buffer.push(step.value);
    else done = step.value;
    // The clock is read at each progress tick and every few pieces of text: a piece is small, a clock read is not free.
    if ((typeof step.value === 'number' || (n & 15) === 0) && performance.now() >= until) {
      // One chunk per slice: the download's Blob then takes a few hundred parts, not millions.
      chunks.push(chunk(buffer.join('')));
      buffer = [];
      onProgress?.(done, total);
      await pause();
      if (signal?.aborted) return null;
      until = performance.now() + sliceMs;
    }
  }
}
