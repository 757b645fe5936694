// The site built from the tests' own corpus (tests/fixtures/corpus), with one
// editorial correction added: the features that content/ may or may not
// exercise (statement groups, edited records, source URLs, other spellings)
// are shown in the browser whatever content/ holds. site.test.ts checks dist/
// against its own data; this checks that the features exist at all.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { extractFiles, loadRegistry } from "../../src/lib/index.ts";
import { launchChromium } from "../../scripts/browser.ts";
import { serve } from "../../scripts/static-server.ts";
import { corpus } from "../helpers.ts";
import { buildFixtureSite, type BuiltSite } from "./fixture-site.ts";

let site: BuiltSite;
let base = "";
let close: () => Promise<void>;
let browser: Browser;
let ctx: BrowserContext;
let edited = "";

beforeAll(async () => {
  site = buildFixtureSite(corpus, (content) => {
    // Claim ids come from the extractor; the correction names one as it is now.
    const claims = extractFiles([join(content, "articles")], loadRegistry(content)).claims;
    edited = claims.find((c) => /decided on the battlefield/.test(c.text))!.id;
    writeFileSync(join(content, "overrides.yaml"), `${edited}:\n  stance: opposes\n  reason: "A threat, not a condition: checked against the minister's full remarks."\n`);
    // a claim published once from an article the editors have since removed
    const gone = { article: "retracted-story", speaker: "gennady-solomin", text: "Solomin said the river talks were over.", status: "live" };
    writeFileSync(join(content, "claim-ids.json"), JSON.stringify({ "solomin-0000000001": gone }));
    // a story of its own: its name heads every page
    writeFileSync(join(content, "site.yaml"), "name: The river talks\ndescription: Who said what about the river talks.\n");
  });
  ({ url: base, close } = await serve(site.out));
  browser = await launchChromium();
  ctx = await browser.newContext();
}, 180_000);
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await close?.();
});

const find = (test: (c: BuiltSite["claims"][number]) => boolean) => {
  const c = site.claims.find(test);
  expect(c, "a claim the test corpus is written to have").toBeDefined();
  return c!;
};

describe("the test corpus's site in a browser", () => {
  it("heads every page with the story's name from site.yaml", async () => {
    const page = await ctx.newPage();
    for (const path of ["/", "/speakers/", `/claims/${site.claims[0]!.id}/`]) {
      await page.goto(`${base}${path}`);
      expect(await page.locator("header .brand").textContent(), path).toBe("The river talks");
      expect(await page.title(), path).toContain("The river talks");
    }
    await page.close();
  });

  it("shows one statement as every outlet carried it, with the word differences marked", async () => {
    const durable = find((c) => /just and durable settlement/.test(c.text));
    const lasting = find((c) => /just and lasting settlement/.test(c.text));
    expect(durable.statementGroup).toBeTruthy();
    expect(lasting.statementGroup).toBe(durable.statementGroup);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/claims/${lasting.id}/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.firstAppearance["@type"]).toBe("NewsArticle");
    expect(ld.appearance).toHaveLength(2);
    expect(ld.appearance.map((a: { publisher?: { name: string } }) => a.publisher?.name)).toContain("The Meridian Post");
    await page.click("text=Compare every version");
    await page.waitForURL((u) => u.pathname === `/statements/${durable.statementGroup}/`);
    expect(await page.locator(".versions > li").count()).toBe(site.claims.filter((c) => c.statementGroup === durable.statementGroup).length);
    // each version's own words, differences marked, nothing struck through
    const marked = (await page.locator(".versions mark.diff").allTextContents()).join(" ");
    expect(marked).toMatch(/durable/);
    expect(marked).toMatch(/lasting/);
    expect(await page.locator(".versions del").count()).toBe(0);
    // side by side on a wide screen, in the order they were said (then published)
    const boxes = await page.locator(".versions > li").evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
    expect(new Set(boxes.slice(0, 2)).size).toBe(1);
    const order = await page.locator(".versions > li a[href*='/claims/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/")[2]!));
    const members = order.map((id) => site.claims.find((c) => c.id === id)!);
    const key = (c: (typeof members)[number]) => `${c.date ?? "9999"}|${c.source.published ?? "9999"}`;
    expect(members.map(key)).toEqual([...members.map(key)].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks on a source page the claims other outlets also carried", async () => {
    const page = await ctx.newPage();
    await page.goto(`${base}/sources/wire-brenner-briefing/`);
    expect(await page.locator("#shared-h + ul").textContent()).toContain("The Meridian Post");
    await page.goto(`${base}/sources/today-river-talks/`);
    expect(await page.locator("#shared-h").count()).toBe(0);
    await page.close();
  });

  it("says on a claim page when and why the editors changed the record", async () => {
    const page = await ctx.newPage();
    await page.goto(`${base}/claims/${edited}/`);
    expect(await page.locator(".notice").textContent()).toBe("Edited by the editors (stance): A threat, not a condition: checked against the minister's full remarks.");
    expect(site.claims.find((c) => c.id === edited)).toMatchObject({ stance: "opposes", edited: { fields: ["stance"] } });
    await page.close();
  });

  it("explains a claim withdrawn with its article, with no link to the removed article", async () => {
    const page = await ctx.newPage();
    const res = await page.goto(`${base}/claims/solomin-0000000001/`);
    expect(res?.status()).toBe(200);
    expect(await page.textContent("h1")).toContain("withdrawn");
    expect(await page.textContent("main")).toContain("Solomin said the river talks were over.");
    expect(await page.locator('a[href="/sources/retracted-story/"]').count()).toBe(0);
    await page.close();
  });

  it("shows other spellings of a name on the speaker page", async () => {
    const page = await ctx.newPage();
    await page.goto(`${base}/speakers/iryna-vasylenko/`);
    expect(await page.textContent("main")).toContain("Also spelled Irina Vasilenko, Iryna Vasilenko");
    await page.close();
  });

  it("links a claim to its words in the original article with a text fragment", async () => {
    const c = find((x) => x.article === "courier-no-talks-under-fire" && x.kind === "direct");
    const page = await ctx.newPage();
    await page.goto(`${base}/claims/${c.id}/`);
    const href = (await page.locator('a[href*="#:~:text="]').getAttribute("href"))!;
    expect(href).toMatch(/^https:\/\/courier\.example\.org\/2024\/03\/14\/kestovia-no-talks-under-fire#:~:text=/);
    // the fragment's words are the quote's
    const words = decodeURIComponent(href.split("#:~:text=")[1]!).split(/[,\s]+/).filter(Boolean);
    for (const w of words.slice(0, 3)) expect(c.quote).toContain(w);
    await page.close();
  });
});
