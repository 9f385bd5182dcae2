// Writes what is derived from the zod schema, the one source of the contract:
// public/data/timeline.schema.json (published) and src/domain/dataset-rules.json
// (the rules the app checks data with before, and usually instead of, loading zod).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema, datasetRules } from '../src/domain/schema';

const write = (path: string, value: unknown) => {
  writeFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${path}`);
};
write('public/data/timeline.schema.json', datasetJsonSchema());
write('src/domain/dataset-rules.json', datasetRules());
