import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type * as Loading from '../src/domain/load-dataset';
import type * as Writing from '../src/domain/timeline-index/write-index';

/**
 * The dev server's timeline index, made from the data file in public/ as the
 * build makes it (build/prerender.ts), so `npm run dev` loads the way a
 * deployed site does. Made again only when the data file or the code that
 * writes it has changed: checking a large file on every reload would slow
 * each one. A data file that does not load gets a 404, and the app then loads
 * the data file itself and shows its problems.
 */
export function devTimelineIndex(dataFile = 'public/data/timeline.json'): Plugin {
  return {
    name: 'dev-timeline-index',
    apply: 'serve',
    configureServer(server) {
      let made: { sha256: string; load: unknown; write: unknown; json: string | null } | null = null;
      server.middlewares.use(async (req, res, next) => {
        if (!/\/data\/timeline\.index\.json(?:\?|$)/.test(req.url ?? '')) return next();
        // Through Vite's own loader, as the app's modules are: the config itself stays free of them.
        const { loadDataset } = (await server.ssrLoadModule('/src/domain/load-dataset.ts')) as typeof Loading;
        const { writeTimelineIndex } = (await server.ssrLoadModule('/src/domain/timeline-index/write-index.ts')) as typeof Writing;
        const bytes = readFileSync(resolve(server.config.root, dataFile));
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        // A module edited since is a new module object: compared by identity.
        if (!made || made.sha256 !== sha256 || made.load !== loadDataset || made.write !== writeTimelineIndex) {
          let result: ReturnType<typeof Loading.loadDataset> | null;
          try {
            result = loadDataset(JSON.parse(bytes.toString('utf8')));
          } catch {
            result = null;
          }
          const json = result?.ok ? JSON.stringify(writeTimelineIndex(result.model, { bytes: bytes.length, sha256 })) : null;
          made = { sha256, load: loadDataset, write: writeTimelineIndex, json };
        }
        if (made.json === null) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(made.json);
      });
    },
  };
}
