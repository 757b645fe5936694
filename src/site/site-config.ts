// The site's name and its story in one line, from the content folder's site.yaml
// (a neutral default without one), read once per build.
import { loadSiteConfig, type SiteConfig } from "../lib/site-config.ts";
import { contentDir, projectRoot } from "./site-context.ts";

let cached: SiteConfig | null = null;

/** content/site.yaml in the project (or CLAIMS_CONTENT_DIR's), wherever the build runs from. */
export function siteConfig(): SiteConfig {
  cached ??= loadSiteConfig(contentDir(projectRoot()));
  return cached;
}
