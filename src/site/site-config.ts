// The site's name and its story in one line, from the content folder's site.yaml
// (a neutral default without one), read once per build.
import { loadSiteConfig, type SiteConfig } from "../lib/site-config.ts";
import { contentDir } from "./site-context.ts";

let cached: SiteConfig | null = null;

/** Builds and the dev server run from the project root, where content/ is unless CLAIMS_CONTENT_DIR says otherwise. */
export function siteConfig(): SiteConfig {
  cached ??= loadSiteConfig(contentDir(process.cwd()));
  return cached;
}
