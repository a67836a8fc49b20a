import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../scripts/precompress.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Only the React runtime gets a chunk of its own (it changes least, so it stays cached). antd and
 * the other libraries are deliberately not grouped: a group would put every antd component any page
 * uses into the first screen's download, while left alone each lazy page's chunk brings the
 * components only it needs and the shell loads what the shell uses (ADR 0027).
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
];

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: VENDOR_GROUPS,
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
