/**
 * Runs a generator to its end in slices of about `sliceMs`, the page free
 * between them; each value it yields is a place it may pause. Null when
 * cancelled. For work over every event that a reader starts (issue 21).
 */
export async function finishInSlices<T>(steps: Generator<unknown, T, void>, { signal, sliceMs = 30 }: { signal?: AbortSignal; sliceMs?: number } = {}): Promise<T | null> {
  let until = performance.now() + sliceMs;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() < until) continue;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) return null;
    until = performance.now() + sliceMs;
  }
}
