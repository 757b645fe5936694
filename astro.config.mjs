// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { inPlaceBuild } from "./src/site/in-place-build.ts";
import { siteContent } from "./src/site/content-integration.ts";

// The public address (https://owner.github.io, https://claims.example.com) comes
// from this one setting. Canonical links, Open Graph URLs, JSON-LD, feed ids, the
// sitemap and robots.txt need it; without it they are written as paths or left
// out, and the build says so once. No address is ever made up.
const site = process.env.SITE_URL || undefined;
// The path the site is served under ("/explorer/" for a project page on a static
// host); `astro build --base /explorer/` sets it too. Every link goes through
// src/site/paths.ts, which reads it.
const base = process.env.BASE_PATH || undefined;

/** Says once per build that absolute URLs are unknown. @type {import("astro").AstroIntegration} */
const siteUrlNotice = {
  name: "site-url-notice",
  hooks: {
    "astro:build:start": ({ logger }) => {
      if (!site)
        logger.warn("SITE_URL is not set, so the site's public address is unknown: canonical links, Open Graph URLs and JSON-LD ids are left out, and feeds, sitemap and robots.txt use paths. Set SITE_URL=https://… to write absolute URLs.");
    },
  },
};

export default defineConfig({
  site,
  base,
  // (rebuilding in place: see src/site/in-place-build.ts)
  integrations: [siteUrlNotice, siteContent(), inPlaceBuild(fileURLToPath(new URL("./public/", import.meta.url)))],
  trailingSlash: "always",
  // The bench builds generated corpora elsewhere; normal builds use dist/.
  outDir: process.env.CLAIMS_OUT_DIR ?? "./dist",
  cacheDir: process.env.CLAIMS_ASTRO_CACHE ?? "./node_modules/.astro",
  // Pages render four at a time: on these 2-core machines this overlaps file
  // writes with rendering and cut a 13,700-page build from ~32 s to ~20 s.
  build: { format: "directory", concurrency: 4 },
  // Astro 7 defaults to JSX whitespace rules; keep HTML's, since claim text is prose.
  compressHTML: true,
  // The Content-Security-Policy is Base.astro's own meta tag: the site has no inline
  // scripts or styles, so it needs no hashes, and Astro's \`security.csp\` hashed each
  // page's head elements again on every page (1.6 s of a 1,000-article build).
  // No Markdown is rendered; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A build into the folder of the last one leaves the pages whose keys
  // (src/site/page-keys.ts) and code are unchanged where they are, so adding one
  // article renders the pages it touches (src/site/kept-pages.ts).
  // Every script stays a file of its own: Astro would inline a small one, which the pages'
  // Content-Security-Policy (Base.astro) does not allow.
  vite: { build: { emptyOutDir: false, assetsInlineLimit: 0 } },
});
