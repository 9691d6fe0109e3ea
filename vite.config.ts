/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { gazetteerBinary } from './geo/gazetteer/gazetteerBinaryPlugin.node.ts';

// `base: './'` makes the built site work from any static server and any sub-path.
export default defineConfig({
  base: './',
  // gazetteerBinary: compiles data/gazetteer/gazetteer.bin (the geoparser worker's asset) when missing or stale.
  plugins: [gazetteerBinary(), svelte()],
  build: { chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
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
