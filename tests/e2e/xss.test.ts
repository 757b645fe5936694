// An article whose quotes, names and metadata carry HTML and scripts is
// built, served, searched and opened in Chromium: nothing is injected and
// nothing runs.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createHash } from "node:crypto";
import { launchChromium } from "../../scripts/browser.ts";
import { serve } from "../../scripts/static-server.ts";
import { corpus, root } from "../helpers.ts";
import { buildFixtureSite } from "./fixture-site.ts";

let browser: Browser;
let base = "";
let close: () => Promise<void>;
let claims: Array<{ id: string; speaker: { id: string } }>;

beforeAll(async () => {
  // the hostile article, with the test corpus's registry
  const site = buildFixtureSite(join(root, "tests/fixtures/xss"), (content) => {
    for (const f of ["speakers.yaml", "topics.yaml"]) copyFileSync(join(corpus, f), join(content, f));
  });
  claims = site.claims;
  ({ url: base, close } = await serve(site.out));
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await close?.();
});

async function visit(page: Page, path: string) {
  await page.goto(base + path);
  await page.waitForLoadState("networkidle");
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: string }).__xss ?? null,
    injected: document.querySelectorAll("main img, main iframe, main svg:not(.timeline):not([aria-hidden]), main b").length,
    inline: [...document.querySelectorAll("script:not([src]):not([type='application/ld+json'])")].map((s) => s.textContent ?? ""),
    csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "",
  }));
  // the site's own inline script (the search page's early script) is allowed by its hash in the page's CSP; nothing else is inline
  const unhashed = state.inline.filter((text) => !state.csp.includes(`'sha256-${createHash("sha256").update(text).digest("base64")}'`));
  expect({ xss: state.xss, injected: state.injected, unhashed }, path).toEqual({ xss: null, injected: 0, unhashed: [] });
}

describe("hostile article text in the browser", () => {
  it("extracts the hostile statements as plain text", () => {
    expect(claims.length).toBeGreaterThanOrEqual(3);
  });
  it("injects no element and runs nothing on any page, search included", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of ["/", "/sources/hostile/", "/speakers/", "/topics/", ...claims.map((c) => `/claims/${c.id}/`), ...claims.map((c) => `/speakers/${c.speaker.id}/`)])
      await visit(page, path);
    for (const q of ["script", "onerror", "img", "iframe", "Reed"]) {
      await visit(page, `/search/?q=${q}`);
      const results = page.locator("#results a.result");
      if (await results.count()) {
        expect(await page.locator("#results mark, #results strong, #results span").count()).toBeGreaterThan(0);
        await results.first().click();
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
      }
    }
    // Old ids from the fixture's ledger: one forwards to the claim's current version, one explains.
    await page.goto(`${base}/claims/old-moved00001/`);
    await page.waitForURL((u) => u.pathname !== "/claims/old-moved00001/" && u.pathname.startsWith("/claims/"));
    expect(claims.map((c) => `/claims/${c.id}/`)).toContain(new URL(page.url()).pathname);
    await visit(page, "/claims/old-gone000002/");
    expect(await page.textContent("h1")).toContain("withdrawn");
    expect(await page.textContent("main")).toContain("<script>window.__xss='ledger'</script>");
    expect(dialogs).toEqual([]);
    // the text itself is shown, as text
    await page.goto(`${base}/claims/${claims[0]!.id}/`);
    expect(await page.textContent("main")).toMatch(/<img|<script|<iframe/);
  }, 120_000);
});
