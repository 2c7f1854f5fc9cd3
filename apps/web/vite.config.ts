import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // Each script and stylesheet also written gzip- and brotli-compressed: the server sends those to a browser that
    // takes them, compressing nothing per request (index.html is not served as a file: the server writes the page).
    compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.html$/], threshold: 1024 }),
  ],
  server: {
    proxy: {
      '/trpc': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/email': 'http://localhost:3000',
    },
  },
  build: { sourcemap: false, chunkSizeWarningLimit: 600 },
});
