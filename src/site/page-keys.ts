// Page keys for rebuilding in place (kept-pages.ts): a page whose key is
// unchanged since the last build is not rendered again. A page's key digests
// exactly the data its route passes it as props — the pages render from their
// props, plus what every page shares (the site's name, the topics' titles and
// questions), which is in every key.
import { hash as oneShot } from "node:crypto";
import type { Site } from "./data.ts";
import { siteConfig } from "./site-config.ts";
import { KeptPages, outputFile } from "./kept-pages.ts";

// (the one-shot hash: a Hash object per call cost ~2× as much over a build's ~35,000 digests)
const hash = (s: string | Uint8Array) => oneShot("sha1", s, "base64url");

// Records (claims, articles) appear on many pages: each is serialised and hashed once.
const digests = new WeakMap<object, string>();

/** A digest of a JSON-like value, computed once per object. */
export function digest(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "u";
  let d = digests.get(value);
  if (!d) {
    d = hash(JSON.stringify(value));
    digests.set(value, d);
  }
  return d;
}

/** A page's props, field by field: a list by its records' digests, so no record is serialised twice. */
const propsDigest = (props: object) =>
  Object.entries(props)
    .map(([k, v]) => `${k}:${Array.isArray(v) ? `[${v.map(digest).join(",")}]` : digest(v)}`)
    .join("|");

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
  return hash(`${sharedKey(site)}|${propsDigest(props)}`);
}

/**
 * getStaticPaths entries for the pages of `route` ("/claims/[id]/"), one per
 * item, with the item's page data as its props — less those a build in place
 * can leave as they are. `key` is the page's key; it is computed only in a build.
 */
export function changedPaths<T, P extends object>(route: string, items: T[], params: (item: T) => Record<string, string>, props: (item: T) => P, key: (props: P) => string) {
  const kept = KeptPages.current();
  const paths: Array<{ params: Record<string, string>; props: P }> = [];
  for (const item of items) {
    const p = params(item);
    const data = props(item);
    if (kept?.keep(outputFile(route, p), key(data))) continue;
    paths.push({ params: p, props: data });
  }
  return paths;
}

/** The key of a file whose text is made before rendering: its bytes' digest. */
const bytesKey = (bytes: Uint8Array) => hash(bytes);

/**
 * getStaticPaths entries for files whose whole text is made before rendering
 * (the search index, the exports): a build writes them itself, all at once, and
 * keeps those unchanged (KeptPages.write), so Astro renders none of them; the
 * dev server serves each from its props.
 */
export function writtenPaths(route: string, files: Array<[params: Record<string, string>, text: string]>) {
  const kept = KeptPages.current();
  if (!kept) return files.map(([params, text]) => ({ params, props: { text } }));
  kept.write(
    files.map(([params, text]) => [outputFile(route, params), text]),
    bytesKey,
  );
  return [];
}

/** Pages of `route` whose props are their page data (`page`), keyed by it (pageKey). */
export const keyedPaths = <T, P extends object>(site: Site, route: string, items: T[], params: (item: T) => Record<string, string>, page: (item: T) => P) =>
  changedPaths(route, items, params, (item) => ({ page: page(item) }), ({ page }) => pageKey(site, page));
