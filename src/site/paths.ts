// Where the site lives. Every internal link, asset, fetch and feed goes
// through `href`, so the site works under Astro's `base` (a project page on a
// static host lives at /<repository>/). Absolute URLs (canonical, Open Graph,
// JSON-LD, feeds, sitemap) need the public address, which comes from one
// setting: SITE_URL (astro.config.mjs `site`); without it they are left out
// or written as paths, never as a made-up domain.

/** The base path, always ending in "/": "/" or "/explorer/". */
export const BASE = baseUrl().replace(/\/?$/, "/");

function baseUrl(): string {
  // Vite writes Astro's base in for this expression (pages and browser code); plain Node
  // (the bench, scripts) has no import.meta.env, and the site is at "/".
  try {
    return import.meta.env.BASE_URL ?? "/";
  } catch {
    return "/";
  }
}

/** A site path under the base: "/claims/x/" → "/explorer/claims/x/". */
export const href = (path: string): string => BASE + (path.startsWith("/") ? path.slice(1) : path);

/** The public URL of a path that `href` made, or null when the site's address is not configured. */
export const absoluteUrl = (path: string, site: URL | undefined): string | null => (site ? new URL(path, site).href : null);
