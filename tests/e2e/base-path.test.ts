// Deploy anywhere: the tests' own corpus built for a sub-path (/explorer/, as a
// project page on a static host is served), once without the public address
// and once with it. Every internal link stays under the base, the search loads
// its index from there, and absolute URLs appear only when SITE_URL gives the
// address (never a made-up domain).
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { extractFiles, loadRegistry } from "../../src/lib/index.ts";
import { launchChromium } from "../../scripts/browser.ts";
import { serve } from "../../scripts/static-server.ts";
import { corpus, tempDir } from "../helpers.ts";
import { buildFixtureSite, type BuiltSite } from "./fixture-site.ts";
import { brokenLinks, htmlFiles } from "./links.ts";

const BASE = "/explorer/";
const SITE = "https://owner.example.io";
let bare: BuiltSite;
let addressed: BuiltSite;
let origin = "";
let moved = "";
let close: () => Promise<void>;
let browser: Browser;

const read = (site: BuiltSite, path: string) => readFileSync(join(site.out, path), "utf8");
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

beforeAll(async () => {
  bare = buildFixtureSite(
    corpus,
    (content) => {
      // an id published once for a claim whose wording has since changed: its page forwards
      const c = extractFiles([join(content, "articles")], loadRegistry(content)).claims[0]!;
      moved = c.id;
      const entry = { article: c.article, speaker: c.speaker.id, text: `${c.text} Indeed.`, status: "live" };
      writeFileSync(join(content, "claim-ids.json"), JSON.stringify({ "moved-0000000001": entry }));
    },
    { BASE_PATH: BASE },
  );
  addressed = buildFixtureSite(corpus, undefined, { BASE_PATH: BASE, SITE_URL: SITE });
  // served as a static host serves a project page: the build under /explorer/
  const root = tempDir();
  mkdirSync(join(root, "www"));
  symlinkSync(bare.out, join(root, "www", "explorer"));
  ({ url: origin, close } = await serve(join(root, "www")));
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe("a site built under a base path", () => {
  it("has no internal link that leaves the base or misses its target", () => {
    const { checked, broken } = brokenLinks(bare.out, BASE);
    expect(checked).toBeGreaterThan(htmlFiles(bare.out).length * 5);
    expect(broken).toEqual([]);
    // the checker does catch a link outside the base: the same build checked as if served at /
    expect(brokenLinks(bare.out, "/").broken.length).toBeGreaterThan(0);
  });

  it("writes feeds, sitemap and robots.txt with paths under the base", () => {
    const feed = read(bare, "feed.xml");
    const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(2);
    for (const h of hrefs) expect(h.startsWith(BASE), h).toBe(true);
    const sitemap = locs(read(bare, "sitemaps/0.xml"));
    expect(sitemap).toContain(BASE);
    for (const l of [...sitemap, ...locs(read(bare, "sitemap.xml"))]) expect(l.startsWith(BASE), l).toBe(true);
    expect(read(bare, "robots.txt")).not.toMatch(/Sitemap:/);
  });

  it("without SITE_URL, says so once and writes no absolute URL of its own", () => {
    expect(bare.log.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(addressed.log).not.toMatch(/SITE_URL is not set/);
    for (const file of htmlFiles(bare.out)) {
      const doc = readFileSync(file, "utf8");
      expect(doc, file).not.toMatch(/rel="canonical"|property="og:url"|example\.org\/(claims|speakers|sources)/);
      expect(doc, file).not.toContain(SITE);
    }
    const c = bare.claims[0]!;
    const ld = JSON.parse(read(bare, `claims/${c.id}/index.html`).match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(ld["@type"]).toBe("Claim");
    expect(ld.url).toBeUndefined();
    expect(read(bare, "feed.xml")).toContain(`<id>urn:news-claims:claim:`);
  });

  it("with SITE_URL, writes absolute URLs under the base everywhere they belong", () => {
    const c = addressed.claims[0]!;
    const page = read(addressed, `claims/${c.id}/index.html`);
    const permalink = `${SITE}${BASE}claims/${c.id}/`;
    expect(page).toContain(`<link rel="canonical" href="${permalink}">`);
    expect(page).toContain(`<meta property="og:url" content="${permalink}">`);
    expect(JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!).url).toBe(permalink);
    expect(page).toContain(`>${permalink}</a>`);
    const sitemap = locs(read(addressed, "sitemaps/0.xml"));
    expect(sitemap).toContain(permalink);
    for (const l of sitemap) expect(l.startsWith(`${SITE}${BASE}`), l).toBe(true);
    expect(locs(read(addressed, "sitemap.xml"))).toEqual([`${SITE}${BASE}sitemaps/0.xml`]);
    expect(read(addressed, "robots.txt")).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
    expect(read(addressed, "feed.xml")).toContain(`<id>${SITE}${BASE}claims/`);
    expect(readdirSync(addressed.out)).toContain("robots.txt");
  });

  it("searches from the index under the base and opens a result, in a browser", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const failed: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("response", (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${origin}${BASE}`);
    const speaker = bare.claims[0]!.speaker.name.split(/\s+/).at(-1)!;
    await page.fill("#site-search", speaker);
    await page.press("#site-search", "Enter");
    await page.waitForURL((u) => u.pathname === `${BASE}search/`);
    const first = page.locator("#results a.result").first();
    await first.waitFor();
    expect(await first.getAttribute("href")).toMatch(new RegExp(`^${BASE}claims/[^/]+/$`));
    await first.click();
    await page.waitForURL((u) => u.pathname.startsWith(`${BASE}claims/`));
    // the copy-link button copies the permalink under the base
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.click("button[data-copy]");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // the header's links stay on the site
    await page.click("header nav >> text=Speakers");
    await page.waitForURL(`${origin}${BASE}speakers/`);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it("reports how many articles the build extracted and how many came from the cache", () => {
    const articles = readdirSync(join(corpus, "articles")).filter((f) => f.endsWith(".txt")).length;
    expect(articles).toBeGreaterThan(1);
    // each build here starts with an empty cache of its own
    expect(bare.log).toContain(`from ${articles} articles (${articles} extracted, 0 from cache)`);
    expect(bare.log.match(/ extracted, \d+ from cache\)/g)).toHaveLength(1);
  });

  it("forwards a retired id to its current claim under the base", () => {
    const page = read(bare, "claims/moved-0000000001/index.html");
    expect(page).toMatch(new RegExp(`http-equiv="refresh" content="0; url=${BASE}claims/${moved}/"`));
    expect(page).toContain(`<a href="${BASE}claims/${moved}/">`);
  });
});
