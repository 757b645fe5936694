// Our search beside Pagefind's, in one headless Chromium, on a built site:
// from opening a search link to painted results, and the bytes that took.
//
// Pagefind indexes the claim pages only (the statement, speaker and facts of
// each: `article.claim`, without its context and share sections), into
// <site>/pagefind/, and the site's own search page with Pagefind's script in
// place of ours (<site>/pagefind-bench/) runs `pagefind.search(q)` and renders
// its first results: the same site, searched by Pagefind instead. A bare page
// with that script only (<site>/pagefind-bare.html), as the bench had it at
// first, is measured too and reported beside it. The site folder given is
// written to (a bench build or a copy; never the site's source).
//
// Every query opens in a fresh browser context (an empty cache). The static
// server sends files uncompressed, as they are on disk, so both sides are
// counted as a static host would send them: each file fetched at its gzip
// size, or its own size if gzip does not make it smaller (Pagefind's index
// files are gzipped already).
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import type { Browser } from "playwright-core";
import { launchChromium } from "../browser.ts";
import { serve } from "../static-server.ts";

export type QueryKind = "name" | "surname" | "phrase" | "misspelled";
export interface BrowserQuery {
  q: string;
  kind: QueryKind;
  /** for a misspelled name: the surname meant, which a top-5 result should name */
  meant?: string;
}
export interface SideRun {
  q: string;
  kind: QueryKind;
  ms: number;
  bytes: number;
  /** the index files among them (ours: /search/*.json; Pagefind's: /pagefind/ but its JS and WASM) */
  indexBytes: number;
  requests: number;
  results: number;
  /** misspelled names: whether one of the first five results names the person meant */
  meantInTop5?: boolean;
}
export interface SideFigures {
  ms: number;
  bytes: number;
  indexBytes: number;
  /** misspelled names whose person a top-5 result names, of those asked */
  misspelledFound: number;
  misspelledAsked: number;
  runs: SideRun[];
}

/** Pagefind's index of the claim pages, written into <site>/pagefind/. */
export async function indexWithPagefind(site: string): Promise<{ pages: number; seconds: number }> {
  const t = performance.now();
  // The claim itself, as our index holds it: not the surrounding sentences, the share link, or "More from".
  const { index, errors } = await pagefind.createIndex({ rootSelector: "article.claim", excludeSelectors: ["section"] });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: site, glob: "claims/*/index.html" });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count, seconds: (performance.now() - t) / 1000 };
  } finally {
    await pagefind.close();
  }
}

// Pagefind's side: what a site using Pagefind's JS API would do with a search
// link. Its script reports "no results" in the words our search page uses, so
// one wait serves every page.
const PAGEFIND_SCRIPT = `<script type="module">
const q = new URLSearchParams(location.search).get("q") ?? "";
const pagefind = await import("/pagefind/pagefind.js");
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
const items = data.map((d) => {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = d.url;
  const title = document.createElement("strong");
  title.textContent = d.meta.title ?? "";
  const excerpt = document.createElement("span");
  excerpt.textContent = " " + d.excerpt.replace(/<[^>]*>/g, "");
  a.append(title, excerpt);
  li.append(a);
  return li;
});
document.getElementById("search-status").textContent = items.length ? search.results.length + " results" : "No statements match.";
document.getElementById("results").replaceChildren(...items);
</script>`;

/** A bare page holding only Pagefind's script and the two elements it fills (as the bench had it until 2026-12-01). */
const PAGEFIND_BARE_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><p id="search-status">Loading…</p><ol id="results"></ol>
${PAGEFIND_SCRIPT}</body></html>
`;

/**
 * The site's own search page with Pagefind in place of our search, as a site
 * using Pagefind would have it: the same stylesheet, header and form; our
 * index's meta and every script removed (the site's small script too, which
 * favours Pagefind by a request), then Pagefind's script. The page's
 * Content-Security-Policy goes too (Pagefind needs WASM, which it does not allow).
 */
export function pagefindSitePage(searchPage: string): string {
  const page = searchPage
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/, "")
    .replace(/<meta name="search-index"[^>]*>/, "")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  if (/<script\b|name="search-index"/.test(page) || !/id="results"/.test(page) || !/id="search-status"/.test(page) || !page.includes("</body>"))
    throw new Error("pagefind: the site's search page is not as the bench expects (its scripts, #results, #search-status)");
  return page.replace("</body>", `${PAGEFIND_SCRIPT}</body>`);
}

// Installed in every page before its own scripts: records the time (from
// navigation start) of the frame after the first results, or "no results",
// appear. Two animation frames: the second runs once the first has been painted.
const PAINT_PROBE = `(() => {
  const done = () => document.querySelector("#results li") || /^No statements/.test(document.querySelector("#search-status")?.textContent ?? "");
  const obs = new MutationObserver(() => {
    if (!done()) return;
    obs.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = performance.now(); }));
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

/** Opens `path` in a fresh context; the time to painted results, what the server sent, and the first results' text. */
async function openOnce(browser: Browser, base: string, path: string, sent: string[]) {
  const ctx = await browser.newContext();
  try {
    await ctx.addInitScript(PAINT_PROBE);
    const page = await ctx.newPage();
    sent.length = 0;
    await page.goto(base + path);
    const ms = (await (await page.waitForFunction(() => (window as any).__painted, null, { timeout: 60_000 })).jsonValue()) as number;
    const texts = await page.$$eval("#results li", (lis) => lis.map((li) => li.textContent ?? ""));
    return { ms, texts, paths: [...sent] };
  } finally {
    await ctx.close();
  }
}

/** Each side, every query: median time and bytes, and the misspelled names found. */
export async function measureBrowserSearch(site: string, queries: BrowserQuery[], opts: { browser?: Browser } = {}): Promise<{ ours: SideFigures; pagefind: SideFigures & { indexedPages: number; indexSeconds: number }; pagefindBarePage: SideFigures }> {
  const indexed = await indexWithPagefind(site);
  mkdirSync(join(site, "pagefind-bench"), { recursive: true });
  writeFileSync(join(site, "pagefind-bench", "index.html"), pagefindSitePage(readFileSync(join(site, "search", "index.html"), "utf8")));
  writeFileSync(join(site, "pagefind-bare.html"), PAGEFIND_BARE_PAGE);
  const server = await serve(site);
  const sent: string[] = [];
  server.server.on("request", (req) => sent.push(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
  const browser = opts.browser ?? (await launchChromium());
  const size = sizer(site);
  try {
    const pagefindIndex = (p: string) => p.startsWith("/pagefind/") && !/\.(js|css)$|^\/pagefind\/wasm\./.test(p);
    const sides = {
      ours: { path: (q: string) => `/search/?q=${encodeURIComponent(q)}`, isIndex: (p: string) => /^\/search\/.*\.json$/.test(p), runs: [] as SideRun[] },
      pagefind: { path: (q: string) => `/pagefind-bench/?q=${encodeURIComponent(q)}`, isIndex: pagefindIndex, runs: [] as SideRun[] },
      pagefindBare: { path: (q: string) => `/pagefind-bare.html?q=${encodeURIComponent(q)}`, isIndex: pagefindIndex, runs: [] as SideRun[] },
    };
    // Query by query, one side after the other, so all meet the machine in the same state.
    for (const { q, kind, meant } of queries) {
      for (const s of Object.values(sides)) {
        const r = await openOnce(browser, server.url, s.path(q), sent);
        const run: SideRun = { q, kind, ms: r.ms, bytes: sum(r.paths.map(size)), indexBytes: sum(r.paths.filter(s.isIndex).map(size)), requests: r.paths.length, results: r.texts.length };
        if (meant) run.meantInTop5 = r.texts.slice(0, 5).some((t) => fold(t).includes(fold(meant)));
        s.runs.push(run);
      }
    }
    return { ours: figures(sides.ours.runs), pagefind: { ...figures(sides.pagefind.runs), indexedPages: indexed.pages, indexSeconds: indexed.seconds }, pagefindBarePage: figures(sides.pagefindBare.runs) };
  } finally {
    if (!opts.browser) await browser.close();
    await server.close();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function figures(runs: SideRun[]): SideFigures {
  const asked = runs.filter((r) => r.meantInTop5 !== undefined);
  return { ms: median(runs.map((r) => r.ms)), bytes: median(runs.map((r) => r.bytes)), indexBytes: median(runs.map((r) => r.indexBytes)), misspelledFound: asked.filter((r) => r.meantInTop5).length, misspelledAsked: asked.length, runs };
}

/** A request path's bytes as a static host would send them (see the top of this file), as the static server resolves it. */
function sizer(site: string) {
  const cache = new Map<string, number>();
  return (path: string): number => {
    let file = normalize(join(site, path));
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      file = join(site, "404.html");
    }
    if (!cache.has(file)) {
      const body = readFileSync(file);
      cache.set(file, Math.min(body.length, gzipSync(body).length));
    }
    return cache.get(file)!;
  };
}

interface ClaimRow {
  text: string;
  speaker: { id: string; name: string; kind?: string };
}

/**
 * Queries drawn from the built site's own claims (so a real corpus gets real
 * names): people named with two words or more and at least two claims, their
 * full names, surnames and misspelled surnames (letters swapped, one doubled,
 * one dropped: the kinds of slip a reader makes; not one that spells another
 * name of the site), and two-word phrases from
 * the statements. `n` of each kind; deterministic.
 */
export function queriesFromSite(site: string, n = 3): BrowserQuery[] {
  const claims = (JSON.parse(readFileSync(join(site, "claims.json"), "utf8")) as { claims: ClaimRow[] }).claims;
  const count = new Map<string, { name: string; n: number }>();
  for (const c of claims) {
    if (c.speaker.kind && c.speaker.kind !== "person") continue;
    const e = count.get(c.speaker.id) ?? { name: c.speaker.name, n: 0 };
    e.n++;
    count.set(c.speaker.id, e);
  }
  const people = [...count.values()]
    .filter((p) => /^[\p{L}'-]+( [\p{L}.'-]+)+$/u.test(p.name) && p.n >= 2 && p.name.split(" ").at(-1)!.length >= 5)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  // spread over the list: the most quoted, and some quoted a few times only
  const pick = <T>(xs: T[], k: number, offset = 0) => Array.from({ length: Math.min(k, xs.length) }, (_, i) => xs[(offset + Math.floor((i * xs.length) / k)) % xs.length]!);
  const surname = (p: { name: string }) => p.name.split(" ").at(-1)!;
  const slips = [(w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4), (w: string) => w.slice(0, 3) + w[2] + w.slice(3), (w: string) => w.slice(0, 2) + w.slice(3)];
  const out: BrowserQuery[] = [];
  for (const p of pick(people, n)) out.push({ q: p.name, kind: "name" });
  for (const p of pick(people, n, 1)) out.push({ q: surname(p), kind: "surname" });
  // A slip that spells another name of the site ("Barker" → "Baker") is no misspelling: the next kind of slip is taken.
  const names = new Set(claims.flatMap((c) => fold(c.speaker.name).split(/[^\p{L}]+/u)));
  for (const [i, p] of pick(people, n, 2).entries()) {
    const tries = slips.map((_, k) => slips[(i + k) % slips.length]!(surname(p)));
    out.push({ q: tries.find((t) => !names.has(fold(t))) ?? tries[0]!, kind: "misspelled", meant: surname(p) });
  }
  const words = (t: string) => t.match(/\p{L}{5,}/gu) ?? [];
  for (const c of pick(claims.filter((c) => words(c.text).length >= 4), n)) out.push({ q: words(c.text).slice(1, 3).join(" "), kind: "phrase" });
  return out;
}
