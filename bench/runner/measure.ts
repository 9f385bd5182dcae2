/**
 * One dataset, every implementation: repetitions alternate between the
 * implementations, so drift on the machine hits all alike. An implementation
 * that did not finish loading is not tried at larger sizes (`gaveUp`).
 */
import type { Browser } from '@playwright/test';
import { LIMITS, log, opts, type Impl } from './config';
import { format, summarise, type Cell } from './metrics';
import { repetition } from './scenarios';
import type { Dataset } from './serve';
import { add, type Samples } from './session';

export async function measureDataset(browser: Browser, origins: Record<Impl, string>, dataset: Dataset, gaveUp: Map<Impl, string>): Promise<Partial<Record<Impl, Cell>>> {
  const cells: Partial<Record<Impl, Cell>> = {};
  const impls = opts.impls.filter((impl) => impl !== 'timelinejs' || dataset.events <= LIMITS.timelinejsMaxEvents);
  const raw = new Map<Impl, Samples>(impls.map((i) => [i, {}]));
  const notes = new Map<Impl, string[]>(impls.map((i) => [i, []]));
  const reps = new Map<Impl, number>(impls.map((i) => [i, 0]));
  const stop = new Map<Impl, string>();
  for (const impl of impls) {
    const earlier = gaveUp.get(impl);
    if (earlier) stop.set(impl, earlier);
  }
  // Implementations alternate within each repetition, so drift hits all alike.
  for (let rep = 0; rep < opts.reps; rep++) {
    for (const impl of impls) {
      if (stop.has(impl)) continue;
      const t = performance.now();
      const outcome = await repetition(browser, origins, dataset, impl);
      reps.set(impl, reps.get(impl)! + (outcome.dnf ? 0 : 1));
      for (const [metric, values] of Object.entries(outcome.samples)) add(raw.get(impl)!, metric, ...values);
      notes.get(impl)!.push(...outcome.notes);
      const load = outcome.samples.loadMs?.[0];
      log(
        `${dataset.label.padEnd(14)} ${impl.padEnd(10)} rep ${rep + 1}: ${outcome.dnf ? `DNF, ${outcome.dnf}` : `load ${format(load, 'ms')}`}` +
          ` (${((performance.now() - t) / 1000).toFixed(1)} s)${outcome.notes.length ? ` — ${outcome.notes.join('; ')}` : ''}`,
      );
      if (outcome.dnf) {
        stop.set(impl, `DNF: ${outcome.dnf}`);
        gaveUp.set(impl, `did not finish at ${dataset.label}`);
        cells[impl] = { status: 'dnf', reason: outcome.dnf, reps: reps.get(impl)!, notes: notes.get(impl)!, raw: raw.get(impl)!, summary: {} };
      } else if (rep + 1 < opts.reps && ((load !== undefined && load > LIMITS.slowLoadMs) || performance.now() - t > LIMITS.slowRepMs)) {
        stop.set(impl, 'slow');
        notes
          .get(impl)!
          .push(
            load !== undefined && load > LIMITS.slowLoadMs
              ? `${rep + 1} repetition(s) only: a load took ${format(load, 'ms')} (over ${LIMITS.slowLoadMs / 1000} s)`
              : `${rep + 1} repetition(s) only: one took ${((performance.now() - t) / 1000).toFixed(0)} s (over ${LIMITS.slowRepMs / 1000} s)`,
          );
      }
    }
  }
  for (const impl of impls) {
    if (cells[impl]) continue;
    const reason = stop.get(impl);
    if (reps.get(impl) === 0 && reason) {
      cells[impl] = { status: 'skipped', reason: reason.replace(/^DNF: /, ''), reps: 0, notes: [], raw: {}, summary: {} };
    } else {
      const samples = raw.get(impl)!;
      cells[impl] = { status: 'ok', reps: reps.get(impl)!, notes: [...new Set(notes.get(impl)!)], raw: samples, summary: summarise(samples) };
    }
  }
  for (const impl of opts.impls.filter((i) => !impls.includes(i))) {
    cells[impl] = { status: 'skipped', reason: `not tried above ${LIMITS.timelinejsMaxEvents.toLocaleString('en-US')} events`, reps: 0, notes: [], raw: {}, summary: {} };
  }
  return cells;
}
