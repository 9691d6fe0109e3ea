/**
 * A Vite plugin that makes sure `data/gazetteer/gazetteer.bin` exists and is fresh, and that
 * `gazetteer.bin.gz` holds it gzipped, before the app is built or served: the geoparser's worker
 * (`src/lib/geoparser/`) imports the `.gz` as an asset, and both are generated, not committed.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ensureGazetteerBinary, ensureGazetteerGzip } from './gazetteerBinary.node.ts';

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
      const { bytes } = ensureGazetteerBinary(join(root, dir), { log: (line) => this.info(line) });
      ensureGazetteerGzip(join(root, dir), bytes);
    },
  };
}
