// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  // Canonical URLs, Open Graph and the sitemap need the public address.
  site: process.env.SITE_URL ?? "https://claims.example.org",
  trailingSlash: "always",
  build: { format: "directory" },
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
