// npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--queries 200] [--out bench-results.json] [--extract-only | --search-only]
//                   [--browser-queries 3 | --no-browser] [--browser-search <built site folder>]
//                   [--chart a.json,b.json --out chart.json]  (the chart alone, from earlier runs' results)
//
// Generates deterministic synthetic corpora in a temporary folder (never in
// content/), then measures extraction, the full site build, a bare-Astro
// baseline of as many trivial pages, rebuilds in place after adding one article
// and after an override (each the median of --runs, as the full build is), the
// search index's size and the search latency of the fast path beside plain Fuse
// over full texts, and how extraction's cost grows with the
// length of one article; and, in headless Chromium, our search page beside
// Pagefind's index of the same claim pages (scripts/bench/browser-search.ts).
// Prints a table and writes JSON.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js/basic";
import { extractArticle, extractFiles, extractFilesParallel, listArticleFiles, loadRegistry, readArticle, type Registry, type StageTimes } from "../src/lib/index.ts";
import { addArticle, generateCorpus, makeSpeakers, rng } from "./bench/generate.ts";
import { htmlReading } from "./bench-html.ts";
import { benchChart, type ChartRow } from "./bench/chart.ts";
import { buildSearchFiles, makeSearcher, searchDocs, searchFileList, type Loader, type SearchDoc, type SearchMeta, type VocabShard } from "../src/site/search.ts";
import { publish } from "../src/lib/publish/content.ts";
import { measureBrowserSearch, queriesFromSite } from "./bench/browser-search.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const sizes = arg("sizes", "100,1000,5000").split(",").map(Number);
const runs = Number(arg("runs", "3"));
const nQueries = Number(arg("queries", "200"));
const outFile = arg("out", "bench-results.json");
const keep = process.argv.includes("--keep");
// extraction figures and per-stage costs only, no site builds
const extractOnly = process.argv.includes("--extract-only");
// the search index and queries only: the index is built in this process, with no site build
const searchOnly = process.argv.includes("--search-only");
// the browser measurement beside Pagefind: how many queries of each kind, or none
const browserQueries = process.argv.includes("--no-browser") ? 0 : Number(arg("browser-queries", "3"));
// only the browser measurement, on a site already built (e.g. from a real corpus)
const browserSite = arg("browser-search", "");
// only the chart, from the results of earlier runs (e.g. sizes measured one at a time): a,b,… JSON files
const chartFrom = arg("chart", "");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const gz = (b: Buffer | string) => gzipSync(b).length;

// Every build writes into a new folder, after the disk has caught up with
// earlier writes, and nothing is deleted until the bench ends: on ext4, creating
// files for a minute or so after many were deleted costs kernel time per file
// (the allocator steps over recently deleted inodes), which made the same
// build take 8 s or 30 s. Leftover write-back made timings swing too.
let builds = 0;
// (`inPlace`: into an earlier build's folder, with its Astro cache, as an editor rebuilds)
function buildSite(contentDir: string, work: string, cacheDir: string, projectRoot = root, inPlace?: { outDir: string; astroCache: string }) {
  const outDir = inPlace?.outDir ?? join(work, `dist-${++builds}`);
  const astroCache = inPlace?.astroCache ?? join(work, `astro-${builds}`);
  spawnSync("sync");
  const r = spawnSync(process.execPath, [join(root, "scripts/bench/build-child.ts"), projectRoot], {
    env: { ...process.env, CLAIMS_CONTENT_DIR: contentDir, CLAIMS_OUT_DIR: outDir, CLAIMS_CACHE_DIR: cacheDir, CLAIMS_ASTRO_CACHE: astroCache },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("BENCH "));
  if (r.status !== 0 || !line) throw new Error(`build failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const stats = r.stdout.match(/\((\d+) extracted, (\d+) from cache\)/);
  return { ...(JSON.parse(line.slice(6)) as { seconds: number; maxRssMB: number }), extracted: stats ? Number(stats[1]) : null, outDir, astroCache };
}

/** Pages under `dir` written before `since` (ms): those an in-place rebuild kept. */
function pagesOlderThan(dir: string, since: number): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += pagesOlderThan(p, since);
    else if (e.name.endsWith(".html") && statSync(p).mtimeMs < since) n++;
  }
  return n;
}

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countPages(join(dir, e.name));
    else if (e.name.endsWith(".html")) n++;
  }
  return n;
}

function bareProject(dir: string, pages: number): string {
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(dir, "astro.config.mjs"), "export default { outDir: process.env.CLAIMS_OUT_DIR, cacheDir: process.env.CLAIMS_ASTRO_CACHE };\n");
  writeFileSync(
    join(dir, "src/pages/[n].astro"),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
  );
  return dir;
}

function queries(n: number): string[] {
  const r = rng(99);
  const speakers = makeSpeakers(rng(42), 300);
  const phrases = ["peace negotiations", "ceasefire proposal", "military aid", "won on the battlefield", "NATO membership", "diplomatic solution", "annexation", "sanctions", "front line", "the decision to negotiate"];
  const typo = (w: string) => {
    const i = r.int(1, w.length - 2);
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = r.pick(speakers);
    const k = i % 4;
    out.push(k === 0 ? s.name : k === 1 ? s.surname : k === 2 ? r.pick(phrases) : typo(s.surname));
  }
  return out;
}

async function searchFigures(outDir: string) {
  const dir = join(outDir, "search");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const read = (f: string) => readFileSync(join(dir, f));
  const raw = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const gzip = files.reduce((n, f) => n + gz(read(f)), 0);
  const meta = JSON.parse(read("meta.json").toString()) as SearchMeta;
  const fetched = new Set<string>();
  const file = <T>(kind: string) => async (k: number) => {
    const name = `${kind}-${k}.json`;
    fetched.add(name);
    return JSON.parse(read(name).toString()) as T;
  };
  const loader: Loader = {
    vocab: file("vocab"),
    postings: file("postings"),
    speakers: file("speakers"),
    who: file("who"),
    latest: file("latest"),
    dates: async () => (fetched.add("dates.json"), JSON.parse(read("dates.json").toString())),
    facets: file("facets"),
    display: file("display"),
  };
  const qs = queries(nQueries);

  // The first search: meta, the vocabulary and postings its words need (and a named speaker's claims), and the display files for 20 results.
  const firstBytes: number[] = [];
  for (const q of qs.slice(0, 40)) {
    fetched.clear();
    const s = makeSearcher(meta, loader);
    await s.search(q, {}, 20);
    firstBytes.push(gz(read("meta.json")) + [...fetched].reduce((n, f) => n + gz(read(f)), 0));
  }

  const fast = makeSearcher(meta, loader);
  // Every claim the fast path matches (uncapped), for the overlap with plain Fuse;
  // this also loads the shards once, as a browser session would.
  const fastIds: string[][] = [];
  for (const q of qs) fastIds.push((await fast.search(q, {}, Infinity)).map((h) => h.id));
  const fastMs: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    await fast.search(q, {}, 50); // what the search page asks for
    fastMs.push(performance.now() - t);
  }

  // Plain Fuse over full texts, as issue 3 first built it.
  const all = JSON.parse(readFileSync(join(outDir, "claims.json"), "utf8")) as { claims: Array<{ id: string; text: string; quote: string | null; speaker: { id: string; name: string }; topics: string[]; source: { outlet: string | null } }> };
  const aliases = new Map(files.filter((f) => f.startsWith("vocab-")).flatMap((f) => (JSON.parse(read(f).toString()) as VocabShard).s.map(([, id, , other]) => [id, other] as const)));
  const docs: Array<Partial<SearchDoc>> = all.claims.map((c) => ({ id: c.id, speaker: c.speaker.name, aliases: aliases.get(c.speaker.id) ?? [], text: c.text, quote: c.quote ?? "", topics: c.topics, outlet: c.source.outlet ?? "" }));
  const keys = [{ name: "speaker", weight: 3 }, { name: "aliases", weight: 2 }, { name: "quote", weight: 1.5 }, { name: "text", weight: 1 }, { name: "topics", weight: 1 }, { name: "outlet", weight: 0.5 }];
  const naive = new Fuse(docs, { keys, ignoreLocation: true, threshold: 0.3, minMatchCharLength: 2 }, Fuse.parseIndex(Fuse.createIndex(keys, docs).toJSON()));
  const naiveIndexGzip = gz(JSON.stringify({ docs, index: Fuse.createIndex(keys, docs).toJSON() }));
  const naiveMs: number[] = [];
  const shares: number[] = [];
  // Plain Fuse costs seconds a query on large corpora: a sample of the queries is enough there.
  const naiveQueries = docs.length > 20_000 ? qs.slice(0, 40) : qs;
  naiveQueries.forEach((q, i) => {
    const t = performance.now();
    const res = naive.search(q, { limit: 20 });
    naiveMs.push(performance.now() - t);
    if (!res.length) return;
    const got = new Set(fastIds[i]);
    shares.push(res.filter((r) => got.has(r.item.id!)).length / res.length);
  });
  return {
    indexBytes: raw,
    indexGzipBytes: gzip,
    firstSearchGzipBytes: { median: median(firstBytes), max: Math.max(...firstBytes) },
    fast: { p50: pct(fastMs, 0.5), p95: pct(fastMs, 0.95) },
    naive: { p50: pct(naiveMs, 0.5), p95: pct(naiveMs, 0.95), indexGzipBytes: naiveIndexGzip },
    naiveTop20SharedByFast: shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length),
    queries: qs.length,
    naiveQueries: naiveQueries.length,
  };
}

/** The search index files and claims.json as the build writes them, without the build (for --search-only). */
async function writeSearchIndex(content: string, outDir: string): Promise<number> {
  const pub = await publish(content);
  const aliases = new Map(pub.registry.speakers.map((s) => [s.id, s.aliases]));
  const titles = new Map(pub.registry.topics.map((t) => [t.id, t.title]));
  const files = buildSearchFiles(searchDocs(pub.claims, { aliases: (id) => aliases.get(id) ?? [], topicTitle: (t) => titles.get(t) ?? t }));
  mkdirSync(join(outDir, "search"), { recursive: true });
  for (const [name, data] of searchFileList(files)) writeFileSync(join(outDir, "search", name), JSON.stringify(data));
  writeFileSync(join(outDir, "claims.json"), JSON.stringify({ claims: pub.claims }));
  return pub.claims.length;
}

/**
 * Extraction time against the length of one article: generated articles with
 * no end-of-article marker (so every copy stays article text), repeated 8 and
 * 32 times. Linear cost gives ×4 for 4× the text; quadratic, ×16.
 */
function articleLength(content: string, reg: Registry) {
  const dir = join(content, "articles");
  const chosen = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .filter((f) => !/^(News Feed|Source link)$/m.test(readFileSync(join(dir, f), "utf8")))
    .slice(0, 2);
  const raw = chosen.map((f) => readFileSync(join(dir, f), "utf8")).join("\n\n");
  // the first article's own date, which its dateline (if it has one) gives too
  const published = readFileSync(join(dir, chosen[0]!.replace(/\.txt$/, ".meta.yaml")), "utf8").match(/published: "([^"]+)"/)?.[1];
  const time = (k: number) => {
    const text = Array.from({ length: k }, () => raw).join("\n\n");
    const ms: number[] = [];
    let claims = 0;
    for (let i = 0; i < Math.max(runs, 1); i++) {
      const t = performance.now();
      claims = extractArticle({ id: "long", file: "long", raw: text, meta: { published } }, reg).claims.length;
      ms.push(performance.now() - t);
    }
    return { copies: k, kilobytes: Math.round(Buffer.byteLength(text) / 1024), claims, ms: median(ms) };
  };
  time(2); // warm up
  const small = time(8);
  const large = time(32);
  return { small, large, timeRatio: large.ms / small.ms, claimsRatio: large.claims / small.claims };
}

/** Seconds each stage of extraction takes over the corpus, in one thread. */
function stageSeconds(content: string, reg: Registry): StageTimes {
  const times: StageTimes = { paragraphs: 0, header: 0, attribution: 0, claims: 0 };
  for (const file of listArticleFiles([join(content, "articles")])) extractArticle(readArticle(file), reg, times);
  for (const k of Object.keys(times) as Array<keyof StageTimes>) times[k] = Math.round(times[k]) / 1000;
  return times;
}

/** Our search page and Pagefind's, opened from a search link in Chromium: `search.browser` and `search.pagefind`. */
async function browserFigures(site: string) {
  const { ours, pagefind, pagefindBarePage } = await measureBrowserSearch(site, queriesFromSite(site, browserQueries));
  return { browser: ours, pagefind, pagefindBarePage };
}

function printBrowserTable(rows: Array<{ label: string; claims: number; search: Awaited<ReturnType<typeof browserFigures>> }>) {
  const kb = (b: number) => (b / 1024).toFixed(0);
  console.log("\nsearch link to painted results, headless Chromium, cold cache (median over the queries; KB gzip as served):");
  console.log("(Pagefind: in the site's own search page; bare: in a page holding only its script)");
  console.log("| corpus | claims | ours ms | Pagefind ms | ×Pagefind | Pagefind bare ms | ×bare | ours KB (index) | Pagefind KB (index) | ×Pagefind | misspelled names found, ours / Pagefind |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const { label, claims, search: { browser: o, pagefind: p, pagefindBarePage: b } } of rows)
    console.log(
      `| ${label} | ${claims} | ${o.ms.toFixed(0)} | ${p.ms.toFixed(0)} | ${(o.ms / p.ms).toFixed(2)} | ${b.ms.toFixed(0)} | ${(o.ms / b.ms).toFixed(2)} | ${kb(o.bytes)} (${kb(o.indexBytes)}) | ${kb(p.bytes)} (${kb(p.indexBytes)}) | ${(o.bytes / p.bytes).toFixed(2)} | ${o.misspelledFound}/${o.misspelledAsked} / ${p.misspelledFound}/${p.misspelledAsked} |`,
    );
}

if (chartFrom) {
  const rows = chartFrom.split(",").flatMap((f) => JSON.parse(readFileSync(f, "utf8")).results as ChartRow[]);
  const chart = outFile.replace(/\.json$/, "") + ".svg";
  writeFileSync(chart, benchChart(rows.filter((r) => r.buildSeconds).sort((a, b) => a.articles - b.articles)));
  console.log(`written: ${chart}`);
  process.exit(0);
}

if (browserSite) {
  const claims = (JSON.parse(readFileSync(join(browserSite, "claims.json"), "utf8")).claims as unknown[]).length;
  const search = await browserFigures(browserSite);
  printBrowserTable([{ label: browserSite, claims, search }]);
  writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, site: browserSite, claims, search }, null, 2)}\n`);
  console.log(`\nwritten: ${outFile}`);
  process.exit(0);
}

const results: Array<Record<string, unknown>> = [];
const works: string[] = [];
let lengths: ReturnType<typeof articleLength> | undefined;
// the same articles read as .html pages and as .txt (scripts/bench-html.ts), at the first size
let html: ReturnType<typeof htmlReading> | undefined;
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `claims-bench-${n}-`));
  const content = join(work, "content");
  const gen = generateCorpus(content, n, 42, join(root, "content/topics.yaml"));
  const reg = loadRegistry(content);
  if (searchOnly) {
    const out = join(work, "site");
    const claims = await writeSearchIndex(content, out);
    const row = { articles: n, claims, search: await searchFigures(out) };
    results.push(row);
    console.log(JSON.stringify(row));
    works.push(work);
    continue;
  }
  lengths ??= articleLength(content, reg);
  html ??= htmlReading(content, reg, 200, runs);

  // Extraction as the build runs it (worker threads), and in one thread.
  const extractSeconds: number[] = [];
  const oneThreadSeconds: number[] = [];
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    claims = (await extractFilesParallel([join(content, "articles")], reg)).claims.length;
    extractSeconds.push((performance.now() - t) / 1000);
    t = performance.now();
    extractFiles([join(content, "articles")], reg);
    oneThreadSeconds.push((performance.now() - t) / 1000);
  }

  if (extractOnly) {
    const row = { articles: n, claims, extractSeconds: median(extractSeconds), extractSecondsOneThread: median(oneThreadSeconds), stageSeconds: stageSeconds(content, reg), runs };
    results.push(row);
    console.log(JSON.stringify(row));
    works.push(work);
    continue;
  }

  // Full builds from scratch (an empty extraction cache each), each followed by
  // a bare Astro build of as many trivial pages, so both meet the same machine state.
  const pairs: Array<{ ours: ReturnType<typeof buildSite>; bare: ReturnType<typeof buildSite> }> = [];
  let bare: string | undefined;
  for (let i = 0; i < runs; i++) {
    const ours = buildSite(content, work, join(work, `extract-cache-${i}`));
    bare ??= bareProject(join(work, "bare"), countPages(ours.outDir));
    pairs.push({ ours, bare: buildSite(content, work, join(work, "bare-cache"), bare) });
  }
  const builds = pairs.map((p) => p.ours);
  const cache = join(work, `extract-cache-${runs - 1}`);
  const out = builds.at(-1)!.outDir;
  const pages = countPages(out);
  const search = await searchFigures(out);
  // The same build with every article already in the extraction cache.
  const warm = buildSite(content, work, cache);
  // In the warm build's folder, which no later build reuses (an in-place rebuild would remove Pagefind's files).
  if (browserQueries > 0) Object.assign(search, await browserFigures(warm.outDir));

  // Incremental, `runs` times each like the full builds, in place (the last full build's folder
  // and caches): one more article each time, each its own (the same text again would join the
  // last one's statement groups and change more pages) …
  const last = builds.at(-1)!;
  const inPlace = (change: () => void) => {
    change();
    const since = Date.now();
    return { ...buildSite(content, work, cache, root, last), kept: pagesOlderThan(last.outDir, since) };
  };
  const incrs = Array.from({ length: runs }, (_, i) => inPlace(() => addArticle(content, n + i, 7 + i)));
  // … then an editor's fix of one more claim's stance in overrides.yaml each time.
  const fixable = (JSON.parse(readFileSync(join(last.outDir, "claims.json"), "utf8")).claims as Array<{ id: string; stance: string }>).filter((c) => c.stance !== "opposes");
  const overrides: string[] = [];
  const edits = Array.from({ length: runs }, (_, i) =>
    inPlace(() => {
      overrides.push(`${fixable[i]!.id}:\n  stance: opposes\n  reason: the bench's edit\n`);
      writeFileSync(join(content, "overrides.yaml"), overrides.join(""));
    }),
  );

  const build = median(builds.map((b) => b.seconds));
  const added = median(incrs.map((b) => b.seconds));
  const override = median(edits.map((b) => b.seconds));
  const bareSeconds = median(pairs.map((p) => p.bare.seconds));
  const row = {
    articles: n,
    statementsGenerated: gen.statements,
    claims,
    pages,
    extractSeconds: median(extractSeconds),
    articlesPerSecond: n / median(extractSeconds),
    extractSecondsOneThread: median(oneThreadSeconds),
    buildSeconds: build,
    pagesPerSecond: pages / build,
    peakRssMB: Math.max(...builds.map((b) => b.maxRssMB)),
    bareAstroSeconds: bareSeconds,
    buildToBare: build / bareSeconds,
    // each build against the bare build that ran right after it
    buildToBarePaired: median(pairs.map((p) => p.ours.seconds / p.bare.seconds)),
    // every pair, in order (with two runs the median above is the lower of the two)
    pairs: pairs.map((p) => ({ buildSeconds: p.ours.seconds, bareAstroSeconds: p.bare.seconds })),
    warmBuildSeconds: warm.seconds,
    warmBuildToBare: warm.seconds / bareSeconds,
    // medians of `runs` rebuilds each (the first's pages kept)
    incremental: {
      seconds: added,
      extracted: incrs[0]!.extracted,
      toFull: added / build,
      pagesKept: incrs[0]!.kept,
      overrideSeconds: override,
      overrideToFull: override / build,
      pagesKeptAfterOverride: edits[0]!.kept,
      runs: { added: incrs.map((b) => b.seconds), override: edits.map((b) => b.seconds) },
    },
    search,
    runs,
  };
  results.push(row);
  console.log(JSON.stringify(row));
  works.push(work);
}
if (!keep) for (const w of works) rmSync(w, { recursive: true, force: true });

const f = (x: number, d = 1) => x.toFixed(d);
if (extractOnly) {
  console.log("\n| articles | claims | extract s (1 thread) | paragraphs s | header s | attribution s | claims s |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of results as any[])
    console.log(`| ${r.articles} | ${r.claims} | ${f(r.extractSeconds, 2)} (${f(r.extractSecondsOneThread, 2)}) | ${r.stageSeconds.paragraphs} | ${r.stageSeconds.header} | ${r.stageSeconds.attribution} | ${r.stageSeconds.claims} |`);
}
if (searchOnly) {
  console.log("\n| articles | claims | index gz KB | first search gz KB median (max) | fast p50/p95 ms | naive p50/p95 ms | naive top-20 in fast |");
  console.log("|---|---|---|---|---|---|---|");
  for (const { articles, claims, search: s } of results as any[])
    console.log(`| ${articles} | ${claims} | ${f(s.indexGzipBytes / 1024, 0)} | ${f(s.firstSearchGzipBytes.median / 1024, 0)} (${f(s.firstSearchGzipBytes.max / 1024, 0)}) | ${f(s.fast.p50)}/${f(s.fast.p95)} | ${f(s.naive.p50)}/${f(s.naive.p95)} | ${f(s.naiveTop20SharedByFast, 3)} |`);
}
if (!extractOnly && !searchOnly) {
  console.log("\n| articles | claims | pages | extract s (1 thread) | art/s | build s | pages/s | peak RSS MB | bare s | ×bare (paired) | warm build s (×bare) | +1 article in place s (×full; pages kept) | override fix in place s (×full) | index gz KB | first search gz KB (max) | fast p50/p95 ms | naive p50/p95 ms | naive top-20 in fast |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results as any[]) {
    const s = r.search;
    console.log(
      `| ${r.articles} | ${r.claims} | ${r.pages} | ${f(r.extractSeconds, 2)} (${f(r.extractSecondsOneThread, 2)}) | ${f(r.articlesPerSecond, 0)} | ${f(r.buildSeconds)} | ${f(r.pagesPerSecond, 0)} | ${f(r.peakRssMB, 0)} | ${f(r.bareAstroSeconds)} | ${f(r.buildToBare, 2)} (${f(r.buildToBarePaired, 2)}) | ${f(r.warmBuildSeconds)} (${f(r.warmBuildToBare, 2)}) | ${f(r.incremental.seconds)} (${f(r.incremental.toFull, 2)}; ${r.incremental.pagesKept}) | ${f(r.incremental.overrideSeconds)} (${f(r.incremental.overrideToFull, 2)}) | ${f(s.indexGzipBytes / 1024, 0)} | ${f(s.firstSearchGzipBytes.max / 1024, 0)} | ${f(s.fast.p50)}/${f(s.fast.p95)} | ${f(s.naive.p50)}/${f(s.naive.p95)} | ${f(s.naiveTop20SharedByFast, 3)} |`,
    );
  }
}
const withBrowser = (results as any[]).filter((r) => r.search?.browser);
if (withBrowser.length) printBrowserTable(withBrowser.map((r) => ({ label: `${r.articles} articles`, claims: r.claims, search: r.search })));
if (lengths) {
  const { small, large } = lengths;
  console.log(
    `\none article, ${small.copies}× and ${large.copies}× a generated text (${small.kilobytes} and ${large.kilobytes} KB): ${small.claims} and ${large.claims} claims in ${f(small.ms, 0)} and ${f(large.ms, 0)} ms: ×${f(lengths.timeRatio, 2)} the time for ×${f(large.kilobytes / small.kilobytes, 2)} the text (linear ×4, quadratic ×16)`,
  );
}
if (html) {
  console.log(
    `\n${html.articles} articles as .html pages (${html.kilobytesHtml} KB) and as .txt (${html.kilobytesTxt} KB), one thread: reading ${f(html.readMsHtml, 1)} against ${f(html.readMsTxt, 1)} ms an article; reading and extracting ${f(html.totalMsHtml, 1)} against ${f(html.totalMsTxt, 1)} ms (×${f(html.htmlToTxt, 2)}); ${html.claimsHtml} and ${html.claimsTxt} claims`,
  );
}
writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results, articleLength: lengths, htmlReading: html }, null, 2)}\n`);
console.log(`\nwritten: ${outFile}`);
// The chart of build and search cost against corpus size (full runs only), beside the JSON.
if (!extractOnly && !searchOnly && results.length > 0) {
  const chart = outFile.replace(/\.json$/, "") + ".svg";
  writeFileSync(chart, benchChart(results as unknown as ChartRow[]));
  console.log(`written: ${chart}`);
}
