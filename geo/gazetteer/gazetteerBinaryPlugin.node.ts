/**
 * A Vite plugin that makes sure `data/gazetteer/gazetteer.bin` exists and is fresh before the app
 * is built or served: the geoparser's worker (`src/lib/geoparser/`) imports it as an asset, and
 * the binary is generated, not committed. Fresh, it costs a few `stat` calls.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ensureGazetteerBinary } from './gazetteerBinary.node.ts';

/**
 * @param dir the gazetteer folder, relative to Vite's root
 * @example defineConfig({ plugins: [gazetteerBinary(), svelte()] })
 */
export function gazetteerBinary(dir = 'data/gazetteer'): Plugin {
  let root = process.cwd();
  return {
    name: 'plaza-gazetteer-binary',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      ensureGazetteerBinary(join(root, dir), { log: (line) => this.info(line) });
    },
  };
}
