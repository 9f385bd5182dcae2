import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type * as Loading from '../src/domain/load-dataset';
import type * as Writing from '../src/domain/timeline-index/write-index';

/**
 * The dev server's timeline index, made on each request from the data file
 * in public/ as the build makes it (build/prerender.ts), so `npm run dev`
 * loads the way a deployed site does. A data file that does not load gets a
 * 404, and the app then loads the data file itself and shows its problems.
 */
export function devTimelineIndex(dataFile = 'public/data/timeline.json'): Plugin {
  return {
    name: 'dev-timeline-index',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!/\/data\/timeline\.index\.json(?:\?|$)/.test(req.url ?? '')) return next();
        // Through Vite's own loader, as the app's modules are: the config itself stays free of them.
        const { loadDataset } = (await server.ssrLoadModule('/src/domain/load-dataset.ts')) as typeof Loading;
        const { writeTimelineIndex } = (await server.ssrLoadModule('/src/domain/timeline-index/write-index.ts')) as typeof Writing;
        const bytes = readFileSync(resolve(server.config.root, dataFile));
        let result: ReturnType<typeof Loading.loadDataset> | null;
        try {
          result = loadDataset(JSON.parse(bytes.toString('utf8')));
        } catch {
          result = null;
        }
        if (!result?.ok) {
          res.statusCode = 404;
          return res.end();
        }
        const stamp = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(writeTimelineIndex(result.model, stamp)));
      });
    },
  };
}
