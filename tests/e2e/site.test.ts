// End-to-end: the built site (dist/, made by `astro build` in `npm test`),
// served on localhost and driven in Chromium (see scripts/browser.ts).
// Whatever content/ holds: every expectation comes from the built data
// (dist/claims.json, dist/search/meta.json), never from fixed ids or counts.
// Features a corpus may lack (statement groups, edits, source URLs) are also
// checked on a site built from the tests' own corpus (corpus-site.test.ts).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.ts";
import { serve } from "../../scripts/static-server.ts";
import { root } from "../helpers.ts";
import { STANCE_LABEL } from "../../src/site/vocabulary.ts";

const dist = join(root, "dist");
let base = "";
let close: () => Promise<void>;
let browser: Browser;

interface Rec {
  id: string;
  text: string;
  quote: string | null;
  stance: string;
  date: string | null;
  speaker: { id: string; name: string; kind?: string };
  topics: string[];
  stanceTopic?: string | null;
  article: string;
  source: { outlet: string | null; url?: string | null };
  edited?: { fields: string[]; reason: string };
  statementGroup: string | null;
}
let claims: Rec[];
let aliases: Map<string, string[]>;

beforeAll(async () => {
  expect(existsSync(join(dist, "index.html")), "run `astro build` first (npm test does)").toBe(true);
  claims = JSON.parse(readFileSync(join(dist, "claims.json"), "utf8")).claims;
  expect(claims.length, "the built site has no claims").toBeGreaterThan(0);
  // each speaker's other names, as the vocabulary files of the search index list them
  const files = readdirSync(join(dist, "search")).filter((f) => /^vocab-\d+\.json$/.test(f));
  aliases = new Map(files.flatMap((f) => (JSON.parse(readFileSync(join(dist, "search", f), "utf8")) as { s: Array<[number, string, string, string[]]> }).s.map(([, id, , other]) => [id, other] as const)));
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

const locs = (file: string) => [...readFileSync(join(dist, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, "http://no-site-url").pathname);
/** Every page listed in the sitemap index's sitemaps. */
const sitemapPaths = () => locs("sitemap.xml").flatMap((p) => locs(p.slice(1)));
/** A page's HTML with the few entities Astro writes decoded. */
const html = async (path: string) => {
  const res = await fetch(base + path);
  expect(res.status, path).toBe(200);
  return (await res.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
};

/** Claims grouped by a key, largest group first (ties by key, so the choice is stable). */
function ranked(key: (c: Rec) => string | undefined): Array<[string, Rec[]]> {
  const m = new Map<string, Rec[]>();
  for (const c of claims) {
    const k = key(c);
    if (k !== undefined) m.set(k, [...(m.get(k) ?? []), c]);
  }
  return [...m].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
/** The speaker with the most claims. */
const topSpeaker = () => ranked((c) => c.speaker.id)[0]!;
/** The topic most claims have. */
const topTopic = () => ranked((c) => c.topics[0])[0]!;
/**
 * A person to search for by surname: a name of two words or more with at
 * least two claims, at most the 50 results the search page shows at first.
 */
function searchTarget() {
  const person = (l: Rec[]) => (l[0]!.speaker.kind ?? "person") === "person" && l[0]!.speaker.name.trim().includes(" ");
  const [id, mine] = ranked((c) => c.speaker.id).find(([, l]) => l.length >= 2 && l.length <= 50 && person(l)) ?? topSpeaker();
  const surname = mine[0]!.speaker.name.trim().split(/\s+/).at(-1)!;
  return { id, surname, hrefs: mine.map((c) => `/claims/${c.id}/`) };
}

function pageTypes(): Record<string, string> {
  const c = claims[0]!;
  return {
    home: "/",
    claim: `/claims/${c.id}/`,
    speakers: "/speakers/",
    speaker: `/speakers/${c.speaker.id}/`,
    topics: "/topics/",
    topic: `/topics/${topTopic()[0]}/`,
    sources: "/sources/",
    source: `/sources/${c.article}/`,
    search: `/search/?q=${encodeURIComponent(searchTarget().surname)}`,
    notFound: "/no/such/page/",
  };
}

describe("the explorer in a browser", () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await browser.newContext();
  });
  afterAll(async () => ctx?.close());

  it("searches for a speaker's surname from the home page and opens a result's permalink", async () => {
    const target = searchTarget();
    const { page, errors } = await open(ctx, "/");
    await page.fill("#site-search", target.surname);
    await page.press("#site-search", "Enter");
    await page.waitForURL((u) => u.pathname === "/search/" && u.searchParams.get("q") === target.surname);
    const results = page.locator("#results a.result");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    // every claim of the speaker, theirs first
    expect(hrefs).toEqual(expect.arrayContaining(target.hrefs));
    expect(target.hrefs).toContain(hrefs[0]);
    await results.first().click();
    await page.waitForURL(/\/claims\/[a-z0-9-]+\/$/);
    expect(await page.locator("blockquote").textContent()).toBeTruthy();
    expect(await page.locator(".facts").textContent()).toContain(target.surname);
    expect(errors).toEqual([]);
  });

  it("opens every claim permalink directly, each saying what the record says", async () => {
    for (const c of claims) {
      const page = await html(`/claims/${c.id}/`);
      expect(page, c.id).toContain(c.speaker.name);
      // the editors' notice on exactly the edited records
      const notice = page.match(/<p class="notice">([^<]*)<\/p>/)?.[1];
      if (c.edited) expect(notice, c.id).toBe(`Edited by the editors (${c.edited.fields.join(", ") || "reviewed"}): ${c.edited.reason}`);
      else expect(notice, c.id).toBeUndefined();
      // a link to the words in the original article on exactly the claims whose source has a URL
      const fragments = [...page.matchAll(/href="([^"]*#:~:text=[^"]*)"/g)].map((m) => m[1]!);
      if (c.source.url) expect(fragments.length === 1 && fragments[0]!.startsWith(`${c.source.url}#:~:text=`), c.id).toBe(true);
      else expect(fragments, c.id).toEqual([]);
      // a link to its statement group's page on exactly the grouped claims
      const groups = [...page.matchAll(/href="\/statements\/([^/"]+)\/"/g)].map((m) => m[1]);
      if (c.statementGroup) expect(groups, c.id).toContain(c.statementGroup);
      else expect(groups, c.id).toEqual([]);
    }
  });

  it("lists all of a speaker's claims on the speaker page", async () => {
    const [id, mine] = topSpeaker();
    const { page } = await open(ctx, `/speakers/${id}/`);
    const links = await page.locator("#timeline-h + ul .claim-text a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.sort()).toEqual(mine.map((c) => `/claims/${c.id}/`).sort());
  });

  it("shows each speaker's other spellings on the speaker page", async () => {
    for (const [id, mine] of ranked((c) => c.speaker.id)) {
      const name = mine[0]!.speaker.name;
      const spellings = (aliases.get(id) ?? []).filter((a) => a.includes(" ") && a !== name);
      const page = await html(`/speakers/${id}/`);
      if (spellings.length) expect(page, id).toContain(`Also spelled ${spellings.join(", ")}`);
      else expect(page, id).not.toContain("Also spelled");
    }
  });

  it("restores a search from its URL, filters included", async () => {
    // a word of a claim with a stance other than neutral, where there is one
    const c = claims.find((x) => x.stance === "opposes") ?? claims.find((x) => x.stance !== "neutral") ?? claims[0]!;
    const word = (c.text.match(/\p{L}{6,}/gu) ?? c.text.match(/\p{L}+/gu)!).sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
    const { page, errors } = await open(ctx, `/search/?q=${encodeURIComponent(word)}&stance=${c.stance}`);
    await page.locator("#results a.result").first().waitFor();
    expect(await page.inputValue("#q")).toBe(word);
    expect(await page.inputValue("#stance")).toBe(c.stance);
    const stances = await page.locator("#results .stance").allTextContents();
    expect(stances.length).toBeGreaterThan(0);
    // "Opposes · <topic>": the stance with the topic it answers
    expect(new Set(stances.map((x) => x.split(" · ")[0]))).toEqual(new Set([c.stance[0]!.toUpperCase() + c.stance.slice(1)]));
    expect(await page.locator("#results a.result").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toContain(`/claims/${c.id}/`);
    expect(await page.locator("#results mark").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("moves through results with the keyboard", async () => {
    const { surname } = searchTarget();
    const { page } = await open(ctx, "/search/");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await page.keyboard.type(surname);
    // the results for the whole word (the app may first show those for the letters typed before it loaded)
    await page.getByText(`for “${surname}”`, { exact: false }).waitFor();
    await page.waitForURL((u) => u.searchParams.get("q") === surname);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    const hrefs = await page.locator("#results a.result").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    expect(second).toBe(hrefs[1]);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === second);
  });

  it("shows each result as its claim page does: whole statement, speaker, outlet, date, stance on its topic, matched words marked", async () => {
    const target = searchTarget();
    const { page, errors } = await open(ctx, `/search/?q=${encodeURIComponent(target.surname)}`);
    const first = page.locator("#results a.result").first();
    await first.waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll("#results .result-text")].some((e) => e.textContent === "…"));
    const results = await page.locator("#results a.result").evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href")!, head: a.querySelector(".result-head")!.textContent!, text: a.querySelector(".result-text")!.textContent!, marks: a.querySelectorAll("mark").length })),
    );
    // the count is exact, with no "+"
    const status = (await page.textContent("#search-status"))!;
    expect(status).toMatch(new RegExp(`^${results.length} statements? for`));
    for (const r of results.slice(0, 10)) {
      const id = r.href.match(/\/claims\/([^/]+)\/$/)![1]!;
      const c = claims.find((x) => x.id === id)!;
      const claimPage = await html(r.href);
      const shown = claimPage.match(/<blockquote[^>]*>\s*<p>([^<]*)<\/p>/)![1]!;
      expect(r.text, id).toBe(shown);
      expect(r.head, id).toContain(c.speaker.name);
      if (c.source.outlet) expect(r.head, id).toContain(c.source.outlet);
      expect(r.head, id).not.toMatch(/\d{4}-\d{2}/);
      expect(r.head, id).toMatch(/ · (Supports|Opposes|Conditional|Neutral)( · |$)/);
    }
    expect(results.some((r) => r.marks > 0)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("shows more results past the first page, by keyboard too", async () => {
    const page = await ctx.newPage();
    // a page of 3 results, so that any corpus has more than one page
    await page.route((u) => u.pathname === "/search/", async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace('data-page="50"', 'data-page="3"') });
    });
    await page.goto(`${base}/search/?from=0001-01-01`);
    const status = page.locator("#search-status");
    await page.locator("#results a.result").first().waitFor();
    const total = Number((await status.textContent())!.match(/^(\d+) statement/)![1]);
    expect(total).toBe(claims.filter((c) => c.date).length);
    expect(await page.locator("#results a.result").count()).toBe(Math.min(3, total));
    if (total <= 3) return expect(await page.locator("#more").isHidden()).toBe(true);
    // each page is added once its display files are in
    const shownAre = (n: number) => page.waitForFunction((k) => document.querySelectorAll("#results a.result").length === k, n);
    // (the button shows once the first page is complete: its later rows come after the first are painted)
    await page.locator("#more").waitFor();
    await page.focus("#more");
    await page.keyboard.press("Enter");
    await shownAre(Math.min(6, total));
    // the focus is on the first result added
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(await page.locator("#results a.result").nth(3).getAttribute("href"));
    for (let n = 6; n < total; n += 3) {
      await page.click("#more");
      await shownAre(Math.min(n + 3, total));
    }
    expect(await page.locator("#more").isHidden()).toBe(true);
    expect(await page.locator("#results a.result").count()).toBe(total);
    // undated claims are in no date range, and the status says how many were left out
    const undated = claims.length - total;
    if (undated) expect(await status.textContent()).toContain(`${undated} undated statement`);
    else expect(await status.textContent()).not.toContain("undated");
    await page.close();
  });

  it("filters by a year, a month or a day typed in the date fields, and ignores one half typed", async () => {
    const dated = claims.filter((c) => c.date);
    if (!dated.length) return;
    // the year with most dated claims: a year, typed in both fields, is that year's claims
    const [year] = ranked((c) => c.date?.slice(0, 4))[0]!;
    const count = () => page.textContent("#search-status").then((t) => Number(t!.match(/^(\d+) statement/)?.[1] ?? 0));
    const { page, errors } = await open(ctx, `/search/?from=${year}&to=${year}`);
    await page.locator("#results a.result").first().waitFor();
    expect(await count()).toBe(dated.filter((c) => c.date!.startsWith(year)).length);
    // "20" in "To" is no year yet: the field shows it is invalid and the search drops it
    await page.fill("#to", "20");
    await page.waitForURL((u) => !u.searchParams.has("to"));
    expect(await page.$eval("#to", (e) => (e as HTMLInputElement).validity.valid)).toBe(false);
    await page.waitForFunction((n) => document.querySelector("#search-status")?.textContent?.startsWith(`${n} statement`), dated.filter((c) => c.date!.slice(0, 4) >= year).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("links each month of the home page's timeline to a search that starts in that month", async () => {
    const { page } = await open(ctx, "/");
    const links = await page.locator('#timeline-h ~ ol a[href*="/search/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const href of links) {
      const u = new URL(href, base);
      const from = u.searchParams.get("from")!;
      const to = u.searchParams.get("to")!;
      // a real date each (the date field drops 2022-11-31), the month's first and last day
      for (const d of [from, to]) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), href).toBe(d);
      expect(to.slice(0, 7)).toBe(from.slice(0, 7));
      expect(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).getUTCDate(), href).toBe(1);
    }
    await page.close();
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
  });

  it("fetches the search index only when the search box is used, and then only the files of the words typed", async () => {
    const { page, requests } = await open(ctx, "/search/");
    await page.waitForLoadState("networkidle");
    expect(requests.some((p) => p.endsWith(".json"))).toBe(false);
    // the page carries the index's meta, not the speaker list
    const raw = readFileSync(join(dist, "search/index.html"), "utf8");
    expect(raw).toContain('name="search-index"');
    // the app's script comes first, so that the browser asks for it before the site's small script
    const scripts = [...raw.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    expect(readFileSync(join(dist, scripts[0]!), "utf8")).toContain("search-index");
    expect(raw).not.toMatch(/<option[^>]*value="[^"]*"[^>]*>[^<]*<\/option>[\s\S]*id="speaker"|<select[^>]*id="speaker"/);
    expect(gzipSync(raw).length).toBeLessThan(20 * 1024);
    const { surname } = searchTarget();
    const vocab = page.waitForResponse((r) => /\/search\/vocab-\d+\.json$/.test(r.url()));
    await page.fill("#q", surname);
    await vocab;
    await page.getByText(`for “${surname}”`, { exact: false }).waitFor();
    expect(requests).not.toContain("/search/meta.json");
  });

  it("asks for each index file of a search link once, and paints the first 10 results before the rest of the first 50", async () => {
    // the speaker with the most claims, by surname: more than 10 results where the corpus allows
    const [, mine] = ranked((c) => c.speaker.id).find(([, l]) => (l[0]!.speaker.kind ?? "person") === "person" && l[0]!.speaker.name.includes(" ")) ?? topSpeaker();
    const surname = mine[0]!.speaker.name.trim().split(/\s+/).at(-1)!;
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.addInitScript(() => {
      const obs = new MutationObserver(() => {
        const n = document.querySelectorAll("#results li").length;
        if (n) (window as unknown as { firstPaint: number }).firstPaint = n, obs.disconnect();
      });
      obs.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent(surname)}`);
    await page.locator("#results a.result").first().waitFor();
    const total = Number((await page.textContent("#search-status"))!.match(/^(\d+) statement/)![1]);
    await page.waitForFunction((k) => document.querySelectorAll("#results a.result").length === k, Math.min(50, total));
    expect(await page.evaluate(() => (window as unknown as { firstPaint: number }).firstPaint)).toBe(Math.min(10, total));
    const index = requests.filter((p) => p.startsWith("/search/") && p.endsWith(".json"));
    expect(index.length).toBeGreaterThan(0);
    expect(index).toEqual([...new Set(index)]);
    // Words of a statement, their vocabulary files held back: the app has asked for the words'
    // postings files before the early script, on the vocabulary's arrival, asks for them too.
    const words = (claims.map((c) => c.text.match(/\p{L}{5,}/gu) ?? []).find((w) => w.length >= 2) ?? []).slice(0, 2);
    requests.length = 0;
    await page.route(/\/search\/vocab-\d+\.json$/, async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent(words.join(" "))}`);
    await page.locator("#search-status").filter({ hasText: /statement/ }).waitFor();
    await page.waitForLoadState("networkidle");
    const again = requests.filter((p) => p.startsWith("/search/") && p.endsWith(".json"));
    expect(again.some((p) => p.includes("/postings-"))).toBe(true);
    expect(again).toEqual([...new Set(again)]);
    await page.close();
  });

  it("says so when an index file does not come, and the same search again asks again and finds", async () => {
    const [, mine] = ranked((c) => c.speaker.id)[0]!;
    const surname = mine[0]!.speaker.name.trim().split(/\s+/).at(-1)!;
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // the connection drops for the search's index files, then comes back
    let offline = true;
    await page.route(/\/search\/[a-z]+(-\d+)?\.json$/, (route) => (offline ? route.abort() : route.continue()));
    await page.goto(`${base}/search/?q=${encodeURIComponent(surname)}`);
    await page.locator("#search-status").filter({ hasText: /could not be loaded/ }).waitFor();
    expect(await page.locator("#results a.result").count()).toBe(0);
    offline = false;
    await page.click("form.search-form button[type=submit]");
    await page.locator("#results a.result").first().waitFor();
    expect(await page.textContent("#search-status")).toMatch(/^\d+ statement/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters by speaker from a text field: an id from a link, or a name typed with suggestions", async () => {
    const [[id, mine], [otherId, theirs]] = ranked((c) => c.speaker.id) as [[string, Rec[]], [string, Rec[]]];
    const name = mine[0]!.speaker.name;
    const { page, errors } = await open(ctx, `/search/?speaker=${encodeURIComponent(id!)}`);
    await page.locator("#results a.result").first().waitFor();
    const total = Number((await page.textContent("#search-status"))!.match(/^(\d+) statement/)![1]);
    expect(total).toBe(mine!.length);
    // the field shows the name; the URL keeps the id
    await page.waitForFunction((n) => (document.getElementById("speaker") as HTMLInputElement).value === n, name);
    expect(new URL(page.url()).searchParams.get("speaker")).toBe(id);
    // typing a name offers the speakers whose names start so
    const other = theirs![0]!.speaker.name;
    const word = other.split(/\s+/).find((w: string) => w.length >= 3) ?? other;
    await page.fill("#speaker", "");
    await page.type("#speaker", word.slice(0, 3));
    await page.waitForFunction((n) => [...document.querySelectorAll("#speaker-names option")].some((o) => (o as HTMLOptionElement).value === n), other);
    // a whole name searches, and the URL has its id
    await page.fill("#speaker", other);
    await page.press("#speaker", "Enter");
    await page.waitForURL((u) => u.searchParams.get("speaker") === otherId);
    await page.waitForFunction((n) => document.querySelector("#search-status")?.textContent?.startsWith(`${n} statement`), theirs!.length);
    const heads = await page.locator("#results .result-head strong").allTextContents();
    expect(new Set(heads)).toEqual(new Set([other]));
    // a name no speaker has finds nothing, and says so
    await page.fill("#speaker", "Nobody Ofthisname");
    await page.press("#speaker", "Enter");
    await page.getByText("No speaker is named", { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });

  it("describes each claim in JSON-LD and Open Graph", async () => {
    const c = claims[0]!;
    const { page } = await open(ctx, `/claims/${c.id}/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("Claim");
    expect(ld.author.name).toBe(c.speaker.name);
    expect(ld.appearance["@type"] ?? ld.appearance[0]["@type"]).toBe("NewsArticle");
    expect(ld.datePublished).toMatch(/^\d{4}/);
    // canonical and og:url only when the build knows the public address (SITE_URL); never a made-up one
    if (process.env.SITE_URL) {
      expect(await page.getAttribute('link[rel="canonical"]', "href")).toBe(new URL(`/claims/${c.id}/`, process.env.SITE_URL).href);
      expect(await page.getAttribute('meta[property="og:url"]', "content")).toBe(new URL(`/claims/${c.id}/`, process.env.SITE_URL).href);
    } else {
      expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count()).toBe(0);
      expect(ld.url).toBeUndefined();
      expect(await page.locator(".permalink a").textContent()).toBe(`/claims/${c.id}/`);
    }
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

  it("shows each statement group's every version on its page", async () => {
    for (const [group, members] of ranked((c) => c.statementGroup ?? undefined)) {
      const { page, errors } = await open(ctx, `/statements/${group}/`);
      expect(await page.locator(".versions > li").count(), group).toBe(members.length);
      expect(errors, group).toEqual([]);
      await page.close();
    }
  });

  it("marks on source pages which claims other outlets also carried, and only those", async () => {
    const groupArticles = new Map(ranked((c) => c.statementGroup ?? undefined).map(([g, l]) => [g, new Set(l.map((c) => c.article))]));
    for (const [article, mine] of ranked((c) => c.article)) {
      const shared = mine.some((c) => c.statementGroup && groupArticles.get(c.statementGroup)!.size > 1);
      const page = await html(`/sources/${article}/`);
      expect(page.includes('id="shared-h"'), article).toBe(shared);
    }
  });

  it("draws a speaker's timeline as inline SVG whose dots open the claims", async () => {
    const [id, mine] = topSpeaker();
    const { page, requests } = await open(ctx, `/speakers/${id}/`);
    const dots = page.locator("svg.timeline a");
    expect(await dots.count()).toBe(mine.filter((c) => c.topics.length).length);
    expect(requests.filter((p) => p.endsWith(".js")).every((p) => !/chart|d3|svg/i.test(p))).toBe(true);
    if (!(await dots.count())) return expect(mine.every((c) => !c.topics.length)).toBe(true);
    const href = await dots.first().getAttribute("href");
    await dots.first().click();
    await page.waitForURL((u) => u.pathname === href);
  });

  it("shows a speakers × stance matrix on a topic page, each cell linking to its claims", async () => {
    const [topic, mine] = topTopic();
    const { page } = await open(ctx, `/topics/${topic}/`);
    const cells = page.locator("table.matrix td a");
    expect(await cells.count()).toBeGreaterThan(0);
    // the cells count every claim whose main topic this is
    const counts = (await cells.allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(mine.length);
    const cell = cells.first();
    const href = (await cell.getAttribute("href"))!;
    const n = Number(await cell.textContent());
    const stance = new URL(href, base).searchParams.get("stance")!;
    await cell.click();
    await page.locator("#results a.result").first().waitFor();
    expect(await page.locator("#results a.result").count()).toBe(Math.min(n, 50));
    const topicTitle = await page.locator("#topic option:checked").textContent();
    expect(new Set(await page.locator("#results .stance").allTextContents())).toEqual(new Set([`${stance[0]!.toUpperCase() + stance.slice(1)} · ${topicTitle}`]));
  });

  it("announces well-formed Atom feeds for the site, speakers and topics", async () => {
    const [id] = topSpeaker();
    const [topic] = topTopic();
    const { page } = await open(ctx, `/speakers/${id}/`);
    const feeds = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute("href")!));
    expect(feeds).toEqual(["/feed.xml", `/speakers/${id}/feed.xml`]);
    for (const f of [...feeds, `/topics/${topic}/feed.xml`]) {
      const text = await (await fetch(base + f)).text();
      const entries = await page.evaluate((x) => {
        const doc = new DOMParser().parseFromString(x, "application/xml");
        return doc.querySelector("parsererror") ? -1 : doc.querySelectorAll("entry").length;
      }, text);
      expect(entries, f).toBeGreaterThan(0);
    }
  });
});

describe("page fixes (issue 12, item 5)", () => {
  let ctx: BrowserContext;
  let topicTitles: Map<string, string>;
  const LABEL: Record<string, string> = STANCE_LABEL;
  const stanceTopic = (c: Rec) => (c.stanceTopic === undefined ? (c.topics[0] ?? null) : c.stanceTopic);
  const expectedLabel = (c: Rec) => {
    const t = stanceTopic(c);
    return `${LABEL[c.stance]} · ${t ? (topicTitles.get(t) ?? t) : "no topic"}`;
  };
  beforeAll(async () => {
    ctx = await browser.newContext();
    const meta = JSON.parse(readFileSync(join(dist, "search/meta.json"), "utf8")) as { topics: Array<{ id: string; title: string }> };
    topicTitles = new Map(meta.topics.map((t) => [t.id, t.title]));
  });
  afterAll(async () => ctx?.close());

  it("labels every stance with the topic it answers, on claim pages and in lists", async () => {
    for (const c of claims) {
      const page = await html(`/claims/${c.id}/`);
      const badge = page.match(/<dt>Stance<\/dt>\s*<dd><span class="stance [^"]*">([^<]*)<\/span>/)?.[1];
      expect(badge, c.id).toBe(expectedLabel(c));
    }
    const [id, mine] = topSpeaker();
    const { page } = await open(ctx, `/speakers/${id}/`);
    const items = await page.locator("#timeline-h + ul li").evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector(".claim-text a")!.getAttribute("href")!, stance: li.querySelector(".stance")!.textContent! })),
    );
    expect(items.length).toBe(mine.length);
    for (const it of items) expect(it.stance).toBe(expectedLabel(mine.find((c) => `/claims/${c.id}/` === it.href)!));
    await page.close();
  });

  it("titles every source page, never with the article's file id", async () => {
    for (const [article] of ranked((c) => c.article)) {
      const page = await html(`/sources/${article}/`);
      const h1 = page.match(/<h1>([^<]*)<\/h1>/)![1]!;
      expect(h1.trim(), article).not.toBe("");
      expect(h1, article).not.toContain(article);
    }
  });

  it("fits the stance tables into a 390 px screen with every column visible", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    for (const path of [`/speakers/${topSpeaker()[0]}/`, `/topics/${topTopic()[0]}/`]) {
      const page = await phone.newPage();
      await page.goto(base + path);
      const tables = await page.locator("main table").evaluateAll((ts) =>
        ts.map((t) => ({
          fits: t.scrollWidth <= t.parentElement!.clientWidth && t.getBoundingClientRect().right <= window.innerWidth,
          heads: [...t.querySelectorAll("thead th")].map((th) => {
            const r = th.getBoundingClientRect();
            return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
          }),
        })),
      );
      expect(tables.length, path).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.fits, path).toBe(true);
        expect(t.heads, path).toEqual([true, true, true, true, true]);
      }
      await page.close();
    }
    await phone.close();
  });

  it("draws every claim of a speaker's timeline as its own dot, none on top of another", async () => {
    for (const [id, mine] of ranked((c) => c.speaker.id).slice(0, 5)) {
      const { page } = await open(ctx, `/speakers/${id}/`);
      const dots = await page.locator("svg.timeline circle.dot").evaluateAll((cs) => cs.map((c) => ({ x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")) })));
      expect(dots.length, id).toBe(mine.filter((c) => c.topics.length && (c as Rec & { date?: string | null }).date).length);
      for (let i = 0; i < dots.length; i++)
        for (let j = i + 1; j < dots.length; j++) expect(Math.hypot(dots[i]!.x - dots[j]!.x, dots[i]!.y - dots[j]!.y), `${id}: dots ${i} and ${j}`).toBeGreaterThanOrEqual(12);
      await page.close();
    }
  });

  it("shows one search box on the home page of a phone", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
    // other pages keep the header's box
    await page.goto(`${base}/speakers/`);
    expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
    await phone.close();
  });

  it("shows a search link's first result within a phone's first screen, under the search page's own form", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent(searchTarget().surname)}`);
    await page.locator("#results li").first().waitFor();
    expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
    const box = await page.locator("#results li").first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + Math.min(box!.height, 60)).toBeLessThanOrEqual(844);
    await phone.close();
  });

  it("serves the CSV with a UTF-8 byte order mark", async () => {
    const bytes = new Uint8Array(await (await fetch(`${base}/claims.csv`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("without JavaScript", () => {
  it("still shows claims, and the search page points to the indexes", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, `/search/?q=${encodeURIComponent(searchTarget().surname)}`);
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
      if (type === "search") await page.waitForFunction(() => document.querySelectorAll("#results .result-text").length > 0 && ![...document.querySelectorAll("#results .result-text")].some((e) => e.textContent === "…"));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, type).toBeLessThanOrEqual(0);
      await page.close();
    }
    await ctx.close();
  });
});
