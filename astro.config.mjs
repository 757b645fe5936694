// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  // Canonical URLs, Open Graph and the sitemap need the public address.
  site: process.env.SITE_URL ?? "https://claims.example.org",
  trailingSlash: "always",
  // The bench builds generated corpora elsewhere; normal builds use dist/.
  outDir: process.env.CLAIMS_OUT_DIR ?? "./dist",
  cacheDir: process.env.CLAIMS_ASTRO_CACHE ?? "./node_modules/.astro",
  // Pages render four at a time: on these 2-core machines this overlaps file
  // writes with rendering and cut a 13,700-page build from ~32 s to ~20 s.
  build: { format: "directory", concurrency: 4 },
  // Astro 7 defaults to JSX whitespace rules; keep HTML's, since claim text is prose.
  compressHTML: true,
  security: {
    // A CSP meta tag with hashes for exactly the scripts and styles Astro emits.
    csp: true,
  },
  // No Markdown is rendered; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
