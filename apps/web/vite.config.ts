import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  css: {
    postcss: { plugins: [postcssPresetMantine()] },
  },
  server: {
    // The API server owns sessions; proxying keeps the cookie same-origin in development.
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
