// The internal link checker, shared by the checks of dist/ and of sites built
// under a base path: every href, src and meta refresh of every page resolves
// to a file of the build, and every #fragment to an id on its page. Under a
// base path, a root-relative link outside the base is broken (it would leave
// the site on the host).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
const ids = (doc: string) => new Set([...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/** The file a site path (under `base`) is served from, or null. */
export function target(dist: string, path: string, base = "/"): string | null {
  if (!path.startsWith(base)) return null;
  const p = join(dist, decodeURIComponent(path.slice(base.length - 1)));
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, "index.html"))) return join(p, "index.html");
  return null;
}

/** Every broken internal link in the build in `dist`, served under `base` ("/" or "/explorer/"). */
export function brokenLinks(dist: string, base = "/"): { checked: number; broken: string[] } {
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const doc = readFileSync(file, "utf8");
    const here = base + file.slice(dist.length + 1).replace(/index\.html$/, "");
    for (const m of doc.matchAll(/\s(?:href|src|content|action)="([^"]+)"/g)) {
      let url = decode(m[1]!);
      if (m[0].startsWith(" content=")) {
        const refresh = url.match(/^\d+;\s*url=(.+)$/);
        if (!refresh) continue;
        url = refresh[1]!;
      }
      if (/^(https?:|mailto:|data:|urn:)/.test(url)) continue;
      checked++;
      const [pathAndQuery, frag] = url.split("#") as [string, string | undefined];
      const path = pathAndQuery.split("?")[0]!;
      const abs = path === "" ? here : path.startsWith("/") ? path : new URL(path, `http://x${here}`).pathname;
      const t = target(dist, abs, base);
      if (!t) broken.push(`${here}: ${url}`);
      else if (frag && t.endsWith(".html") && !ids(readFileSync(t, "utf8")).has(frag)) broken.push(`${here}: ${url} (no #${frag})`);
    }
  }
  return { checked, broken };
}
