// Checks over the built site's files: every internal link resolves, every page
// is valid HTML, and every claim id in the ledger still answers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { resolveLedger, type Ledger } from "../../src/lib/publish/ledger.ts";
import { root } from "../helpers.ts";
import { setSiteContext } from "../../src/site/site-context.ts";
import { getSite } from "../../src/site/data.ts";
import { exportsOf, searchFilesOf } from "../../src/site/site-files.ts";
import { searchFileList } from "../../src/site/search.ts";
import { brokenLinks, htmlFiles, target as findTarget } from "./links.ts";

const dist = join(root, "dist");
const html = htmlFiles(dist);
const target = (path: string) => findTarget(dist, path);

describe("the built site", () => {
  it("has pages to check: one at least for every claim", () => {
    const claims = JSON.parse(readFileSync(join(dist, "claims.json"), "utf8")).claims as unknown[];
    expect(claims.length).toBeGreaterThan(0);
    expect(html.length).toBeGreaterThan(claims.length);
  });

  it("has the whole-corpus files the site's data makes (the exports and the search index), as they are made", async () => {
    setSiteContext(root, false);
    const site = await getSite();
    const { claimsJson, claimsCsv } = exportsOf(site);
    expect(readFileSync(join(dist, "claims.json"), "utf8")).toBe(claimsJson);
    expect(readFileSync(join(dist, "claims.csv"), "utf8")).toBe(claimsCsv);
    const search = searchFileList(searchFilesOf(site));
    expect(readdirSync(join(dist, "search")).filter((f) => f.endsWith(".json")).sort()).toEqual(search.map(([name]) => name).sort());
    for (const [name, data] of search) expect(readFileSync(join(dist, "search", name), "utf8"), name).toBe(JSON.stringify(data));
  });

  it("has no broken internal links or fragment targets", () => {
    const { checked, broken } = brokenLinks(dist);
    expect(checked).toBeGreaterThan(html.length);
    expect(broken).toEqual([]);
  });

  it("is valid HTML (html-validate, recommended rules)", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Astro writes void elements without a closing slash; both are valid HTML.
        "void-style": "off",
        // Quotes in prose are typographic; plain ones are fine too.
        "no-raw-characters": ["error", { relaxed: true }],
        // Long outlet names and URLs are data, not layout.
        "long-title": "off",
      },
    });
    const problems: string[] = [];
    for (const file of html) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file.slice(dist.length)}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it("answers for every claim id in the ledger", () => {
    // (the ledger is up to date with the content: tests/content.test.ts)
    const ledger = JSON.parse(readFileSync(join(root, "content/claim-ids.json"), "utf8")) as Ledger;
    expect(Object.keys(ledger).length).toBeGreaterThan(0);
    for (const id of Object.keys(ledger)) {
      const page = target(`/claims/${id}/`);
      expect(page, id).not.toBeNull();
      const doc = readFileSync(page!, "utf8");
      // an id that moved forwards to where its chain of corrections ends, or,
      // when that claim is gone too (its article removed), says it was withdrawn
      const current = resolveLedger(ledger, id);
      if (current === id) expect(doc, id).not.toMatch(/http-equiv="refresh"/);
      else if (current) expect(doc, id).toMatch(new RegExp(`http-equiv="refresh" content="0;\\s*url=/claims/${current}/"`));
      else expect(doc, id).toMatch(/<h1>This statement was withdrawn<\/h1>/);
    }
  });
});
