/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { gazetteerBinary } from './geo/gazetteer/gazetteerBinaryPlugin.node.ts';
import { CSP_HEADER, CSP_META } from './src/lib/csp.ts';

/** Puts the strict Content-Security-Policy into the built index.html (not the dev server's: HMR injects inline code). */
function cspMeta(): Plugin {
  return {
    name: 'plaza-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`),
  };
}

// `base: './'` makes the built site work from any static server and any sub-path.
export default defineConfig({
  base: './',
  // gazetteerBinary: compiles data/gazetteer/gazetteer.bin (the geoparser worker's asset) when missing or stale.
  plugins: [gazetteerBinary(), svelte(), cspMeta()],
  build: { chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
