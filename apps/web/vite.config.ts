import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.ts';

// The server serves dist/ at http://localhost:3000 (same origin, `/api/*` is the API).
// In `vite dev` / `vite preview`, /api is proxied to the server; the Host header is kept (changeOrigin: false)
// so the server's same-origin check (Origin host === Host) passes. QUANZE_API_TARGET points elsewhere if needed.
const apiTarget = process.env['QUANZE_API_TARGET'] ?? 'http://127.0.0.1:3000';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

// The production CSP (set by the server), reproduced in preview so violations show up before deployment.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy, headers: { 'content-security-policy': csp } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // The domain package is plain constants and functions. Saying so lets the bundler leave out of the entry the
      // domain modules only lazy pages use (the entry imports the barrel for ROLE_LABELS alone): without it they
      // would be hoisted into the first load of every page, the portal's included.
      treeshake: { moduleSideEffects: [{ test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        // React and the data libraries change rarely: their own long-cached chunks. antd is left to the bundler,
        // which splits it by route so each page loads only the components it uses.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
