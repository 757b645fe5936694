// Keys for Astro's incremental build (experimental.incrementalBuild): a page
// whose key and code are unchanged since the last build is copied from it
// instead of rendered. A page's key digests exactly the data its route passes
// it as props — the pages render from their props, plus what every page shares
// (the site's name, the topics' titles and questions), which is in every key.
import { createHash } from "node:crypto";
import type { Site } from "./data.ts";
import { siteConfig } from "./site-config.ts";

const hash = (s: string) => createHash("sha1").update(s).digest("base64url");

// Records (claims, articles) appear on many pages: each object is digested once.
const digests = new WeakMap<object, string>();

/** A digest of any JSON-like value; objects and arrays are digested once per object. */
export function digest(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "u";
  const known = digests.get(value);
  if (known) return known;
  const parts = Array.isArray(value) ? value.map(digest) : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${digest(v)}`);
  const d = hash(`${Array.isArray(value) ? "[" : "{"}${parts.join(",")}`);
  digests.set(value, d);
  return d;
}

const shared = new WeakMap<Site, string>();

/** What every page shows of the site as a whole. */
function sharedKey(site: Site): string {
  let k = shared.get(site);
  if (!k) {
    k = digest([siteConfig(), site.topics.map((t) => [t.id, t.title, t.question])]);
    shared.set(site, k);
  }
  return k;
}

/** The key of a page rendered from `props`. */
export function pageKey(site: Site, props: object): string {
  return hash(`${sharedKey(site)}|${digest(props)}`);
}
