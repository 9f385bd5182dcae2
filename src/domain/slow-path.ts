import type { z } from 'zod';
import type { Parsed, SlowPath } from './check-dataset';
import { parseEdtf } from './edtf';
import { datasetEnvelopeSchema, eventSchema, storySchema } from './schema';

/**
 * zod and the `edtf` package, for the values the fast checks doubt: a file or
 * an event that is not as the schema wants it (zod words the problem, or
 * normalises the value), a date the direct reader leaves to the library.
 * The app loads this module only when a file needs it.
 */
function parsed<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
}

export const slowPath: SlowPath = {
  envelope: (input) => parsed(datasetEnvelopeSchema.safeParse(input)),
  event: (raw) => parsed(eventSchema.safeParse(raw)),
  story: (raw) => parsed(storySchema.safeParse(raw)),
  date: parseEdtf,
};
