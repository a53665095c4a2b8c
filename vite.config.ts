import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs so the built files work from any sub-path (a school's intranet folder, a slide host).
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
});
