// Writes public/data/timeline.schema.json from the zod schema, the one source of the contract.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/domain/schema';

const target = fileURLToPath(new URL('../public/data/timeline.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote public/data/timeline.schema.json');
