// End-to-end: the built site (dist/, made by `astro build` in `npm test`),
// served on localhost and driven in Chromium (see scripts/browser.ts).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.ts";
import { serve } from "../../scripts/static-server.ts";
import { root } from "../helpers.ts";

const dist = join(root, "dist");
let base = "";
let close: () => Promise<void>;
let browser: Browser;

interface Rec {
  id: string;
  speaker: { id: string; name: string };
  topics: string[];
  article: string;
}
let claims: Rec[];

beforeAll(async () => {
  expect(existsSync(join(dist, "index.html")), "run `astro build` first (npm test does)").toBe(true);
  claims = JSON.parse(readFileSync(join(dist, "claims.json"), "utf8")).claims;
  ({ url: base, close } = await serve(dist));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await close?.();
});

/** A page that records console errors, failed requests and every script it loads. */
async function open(ctx: BrowserContext, path: string) {
  const page = await ctx.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  const failed: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("response", (r) => r.status() >= 400 && r.request().resourceType() !== "document" && failed.push(r.url()));
  const res = await page.goto(base + path);
  return { page, errors, requests, failed, status: res?.status() };
}

const locs = (file: string) => [...readFileSync(join(dist, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
/** Every page listed in the sitemap index's sitemaps. */
const sitemapPaths = () => locs("sitemap.xml").flatMap((p) => locs(p.slice(1)));

function pageTypes(): Record<string, string> {
  const c = claims[0]!;
  return {
    home: "/",
    claim: `/claims/${c.id}/`,
    speakers: "/speakers/",
    speaker: `/speakers/${c.speaker.id}/`,
    topics: "/topics/",
    topic: `/topics/${c.topics[0]}/`,
    sources: "/sources/",
    source: `/sources/${c.article}/`,
    search: "/search/?q=Kuleba",
    notFound: "/no/such/page/",
  };
}

describe("the explorer in a browser", () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await browser.newContext();
  });
  afterAll(async () => ctx?.close());

  it("searches for Kuleba from the home page and opens a result's permalink", async () => {
    const { page, errors } = await open(ctx, "/");
    await page.fill("#site-search", "Kuleba");
    await page.press("#site-search", "Enter");
    await page.waitForURL(/\/search\/\?q=Kuleba/);
    const results = page.locator("#results a.result");
    await results.first().waitFor();
    const n = await results.count();
    expect(n).toBe(claims.filter((c) => c.speaker.id === "dmytro-kuleba").length);
    for (const text of await results.allTextContents()) expect(text).toMatch(/Kuleba/);
    await results.first().click();
    await page.waitForURL(/\/claims\/[a-z0-9-]+\/$/);
    expect(await page.locator("blockquote").textContent()).toBeTruthy();
    expect(await page.locator(".facts").textContent()).toContain("Kuleba");
    expect(errors).toEqual([]);
  });

  it("opens every claim permalink directly", async () => {
    for (const c of claims) {
      const res = await fetch(`${base}/claims/${c.id}/`);
      expect(res.status, c.id).toBe(200);
      expect(await res.text()).toContain(c.speaker.name.replace(/'/g, "&#39;").replace(/&(?!#)/g, "&amp;"));
    }
  });

  it("lists all of a speaker's claims on the speaker page", async () => {
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(c.speaker.id, (counts.get(c.speaker.id) ?? 0) + 1);
    const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const { page } = await open(ctx, `/speakers/${id}/`);
    const links = await page.locator("#timeline-h + ul .claim-text a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.sort()).toEqual(claims.filter((c) => c.speaker.id === id).map((c) => `/claims/${c.id}/`).sort());
    expect(links).toHaveLength(n);
  });

  it("says on a claim page when and why the editors changed the record", async () => {
    const overridden = readFileSync(join(root, "content/overrides.yaml"), "utf8").match(/^([a-z0-9-]+):/m)![1]!;
    const { page } = await open(ctx, `/claims/${overridden}/`);
    expect(await page.locator(".notice").textContent()).toMatch(/^Edited by the editors \(stance\): \S+/);
  });

  it("shows transliterations on a speaker page", async () => {
    const { page } = await open(ctx, "/speakers/dmytro-kuleba/");
    expect(await page.textContent("main")).toContain("Also spelled Dmitry Kuleba");
  });

  it("restores a search from its URL, filters included", async () => {
    const { page, errors } = await open(ctx, "/search/?q=negotiations&stance=opposes");
    await page.locator("#results a.result").first().waitFor();
    expect(await page.inputValue("#q")).toBe("negotiations");
    expect(await page.inputValue("#stance")).toBe("opposes");
    const stances = await page.locator("#results .stance").allTextContents();
    expect(stances.length).toBeGreaterThan(0);
    expect(new Set(stances)).toEqual(new Set(["Opposes"]));
    expect(await page.locator("#results mark").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("moves through results with the keyboard", async () => {
    const { page } = await open(ctx, "/search/");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await page.keyboard.type("Blinken");
    // the results for the whole word (the app may first show those for the letters typed before it loaded)
    await page.getByText(/claims? for “Blinken”/).waitFor();
    await page.waitForURL(/q=Blinken/);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    const hrefs = await page.locator("#results a.result").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(second).toBe(hrefs[1]);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === second);
  });

  it("logs no console errors on any page type", async () => {
    for (const [type, path] of Object.entries(pageTypes())) {
      const { page, errors, failed, status } = await open(ctx, path);
      await page.waitForLoadState("networkidle");
      // The 404 page's own status is logged by Chromium as an error; nothing else may be.
      const expected = type === "notFound" ? /status of 404/ : /^$/;
      expect(errors.filter((e) => !expected.test(e)), type).toEqual([]);
      expect(failed, type).toEqual([]);
      expect(status, type).toBe(type === "notFound" ? 404 : 200);
      await page.close();
    }
  });

  it("ships no JavaScript beyond the search-box loader on content pages, and no index", async () => {
    const types = pageTypes();
    for (const type of ["home", "claim", "speaker", "topic", "source"]) {
      const { page, requests } = await open(ctx, types[type]!);
      await page.waitForLoadState("networkidle");
      const scripts = requests.filter((p) => p.endsWith(".js"));
      const bytes = scripts.reduce((n, p) => n + gzipSync(readFileSync(join(dist, p))).length, 0);
      expect(bytes, `${type}: ${scripts.join(", ")}`).toBeLessThanOrEqual(10 * 1024);
      expect(requests.some((p) => p.startsWith("/search/") && p.endsWith(".json")), type).toBe(false);
      await page.close();
    }
    const files = readdirSync(join(dist, "search")).filter((f) => f.endsWith(".json"));
    const index = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, "search", f))).length, 0);
    console.log(`search index (all ${files.length} files): ${index} bytes gzip`);
    expect(index).toBeLessThanOrEqual(50 * 1024);
  });

  it("fetches the search index only when the search box is used", async () => {
    const { page, requests } = await open(ctx, "/search/");
    await page.waitForLoadState("networkidle");
    expect(requests.some((p) => p.endsWith(".json"))).toBe(false);
    const meta = page.waitForResponse((r) => r.url().endsWith("/search/meta.json"));
    await page.focus("#q");
    await meta;
  });

  it("describes each claim in JSON-LD and Open Graph", async () => {
    const c = claims[0]!;
    const { page } = await open(ctx, `/claims/${c.id}/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("Claim");
    expect(ld.author.name).toBe(c.speaker.name);
    expect(ld.appearance["@type"]).toBe("NewsArticle");
    expect(ld.appearance.publisher?.name).toBeTruthy();
    expect(ld.datePublished).toMatch(/^\d{4}/);
    expect(await page.getAttribute('link[rel="canonical"]', "href")).toMatch(new RegExp(`/claims/${c.id}/$`));
    expect(await page.getAttribute('meta[property="og:title"]', "content")).toBeTruthy();
    expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', "content")).toMatch(/script-src 'self'/);
  });

  it("serves every sitemap URL", async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(claims.length);
    for (const p of paths) expect((await fetch(base + p)).status, p).toBe(200);
  });
});

describe("beyond the anchors", () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await browser.newContext();
  });
  afterAll(async () => ctx?.close());
  const grouped = () => {
    const all = JSON.parse(readFileSync(join(dist, "claims.json"), "utf8")).claims as Array<Rec & { statementGroup: string | null }>;
    return all.filter((c) => c.statementGroup);
  };

  it("shows one statement as every outlet carried it, with the word differences marked", async () => {
    const g = grouped();
    expect(g.length).toBeGreaterThanOrEqual(2);
    const { page, errors } = await open(ctx, `/claims/${g[0]!.id}/`);
    await page.click("text=Compare all");
    await page.waitForURL(/\/statements\/s-[a-z0-9]+\/$/);
    expect(await page.locator(".versions > li").count()).toBe(g.filter((c) => c.statementGroup === g[0]!.statementGroup).length);
    expect(await page.locator(".versions ins").count()).toBeGreaterThan(0);
    expect(await page.locator(".versions del").count()).toBeGreaterThan(0);
    const ld = JSON.parse((await (await open(ctx, `/claims/${g[0]!.id}/`)).page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.firstAppearance["@type"]).toBe("NewsArticle");
    expect(ld.appearance).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it("marks on source pages which claims other outlets also carried", async () => {
    const c = grouped()[0]!;
    const { page } = await open(ctx, `/sources/${c.article}/`);
    expect(await page.locator("#shared-h").count()).toBe(1);
    expect(await page.locator("#shared-h + ul a").count()).toBeGreaterThan(0);
  });

  it("draws a speaker's timeline as inline SVG whose dots open the claims", async () => {
    const { page, requests } = await open(ctx, "/speakers/matthew-miller/");
    const dots = page.locator("svg.timeline a");
    expect(await dots.count()).toBe(claims.filter((c) => c.speaker.id === "matthew-miller" && c.topics.length).length);
    expect(requests.filter((p) => p.endsWith(".js")).every((p) => !/chart|d3|svg/i.test(p))).toBe(true);
    const href = await dots.first().getAttribute("href");
    await dots.first().click();
    await page.waitForURL((u) => u.pathname === href);
  });

  it("shows a speakers × stance matrix on a topic page, each cell linking to its claims", async () => {
    const { page } = await open(ctx, "/topics/negotiations/");
    const cell = page.locator("table.matrix td a").first();
    const href = (await cell.getAttribute("href"))!;
    const n = Number(await cell.textContent());
    const stance = new URL(href, base).searchParams.get("stance")!;
    await cell.click();
    await page.locator("#results a.result").first().waitFor();
    expect(await page.locator("#results a.result").count()).toBe(n);
    expect(new Set(await page.locator("#results .stance").allTextContents())).toEqual(new Set([stance[0]!.toUpperCase() + stance.slice(1)]));
  });

  it("announces well-formed Atom feeds for the site, speakers and topics", async () => {
    const { page } = await open(ctx, "/speakers/matthew-miller/");
    const feeds = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute("href")!));
    expect(feeds).toEqual(["/feed.xml", "/speakers/matthew-miller/feed.xml"]);
    for (const f of [...feeds, "/topics/negotiations/feed.xml"]) {
      const text = await (await fetch(base + f)).text();
      const entries = await page.evaluate((x) => {
        const doc = new DOMParser().parseFromString(x, "application/xml");
        return doc.querySelector("parsererror") ? -1 : doc.querySelectorAll("entry").length;
      }, text);
      expect(entries, f).toBeGreaterThan(0);
    }
  });

  it("links each claim to its words in the original article with a text fragment", async () => {
    const withUrl = claims.find((c) => c.article.startsWith("004"))!;
    const { page } = await open(ctx, `/claims/${withUrl.id}/`);
    expect(await page.locator('a[href*="#:~:text="]').getAttribute("href")).toMatch(/^https:\/\/www\.rt\.com\/.+#:~:text=/);
  });
});

describe("without JavaScript", () => {
  it("still shows claims, and the search page points to the indexes", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, "/search/?q=Kuleba");
    expect(await page.locator("noscript").innerHTML()).toContain('href="/speakers/"');
    const claim = await open(ctx, `/claims/${claims[0]!.id}/`);
    expect(await claim.page.locator("blockquote").textContent()).toBeTruthy();
    await ctx.close();
  });
});

describe("accessibility (axe-core, WCAG 2 A/AA)", () => {
  it("finds no violations on any page of the sitemap or the 404 page", async () => {
    // axe is injected by the test, so the page's CSP is bypassed for it.
    const ctx = await browser.newContext({ bypassCSP: true });
    const axe = readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8");
    const page: Page = await ctx.newPage();
    const failures: string[] = [];
    for (const path of [...sitemapPaths(), "/no/such/page/"]) {
      await page.goto(base + path);
      await page.evaluate(axe);
      const result = await page.evaluate(() =>
        // @ts-expect-error axe is a global injected above
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      for (const v of (result as { violations: Array<{ id: string; nodes: unknown[] }> }).violations)
        failures.push(`${path}: ${v.id} (${v.nodes.length})`);
    }
    expect(failures).toEqual([]);
    await ctx.close();
  }, 180_000);
});

describe("at phone width", () => {
  it("has no horizontal scrolling on any page type", async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    for (const [type, path] of Object.entries(pageTypes())) {
      const { page } = await open(ctx, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, type).toBeLessThanOrEqual(0);
      await page.close();
    }
    await ctx.close();
  });
});
