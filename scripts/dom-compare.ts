// linkedom against jsdom under Readability, on the tests' pages (README, "Adding an article").
// jsdom is not a dependency: `npm install --no-save jsdom && node scripts/dom-compare.ts`
// (the next `npm ci` removes it again).
import { readFileSync } from "node:fs";
import { readHtml, linkedomParser, type DomParser } from "../src/lib/corpus/html.ts";

const { JSDOM } = (await import("jsdom" as string)) as { JSDOM: new (html: string) => { window: { document: Document } } };
const dir = new URL("../tests/fixtures/pages/", import.meta.url);
const pages = ["jsonld-only.html", "og-only.html", "time-title.html", "furniture.html"].map((f) => readFileSync(new URL(f, dir), "utf8"));
// a long page: the furniture page with its body 40 times (~5,000 words)
const long = pages[3]!.replace(/(<div class="article-body">)([\s\S]*?)(<\/div>\s*<div class="tags">)/, (_m, a, b, c) => a + b.repeat(40) + c);
const parsers: Record<string, DomParser> = { linkedom: linkedomParser, jsdom: (html) => new JSDOM(html).window.document };
const reference = [...pages, long].map((h) => readHtml("x.html", h).text);
for (const [name, p] of Object.entries(parsers)) {
  const same = [...pages, long].every((h, i) => readHtml("x.html", h, p).text === reference[i]);
  console.log(`${name}: Readability finds the same text as with linkedom on every page: ${same}`);
  for (const [label, set, n] of [["~2 KB pages", pages, 50], ["50 KB page", [long], 10]] as const) {
    for (let i = 0; i < 5; i++) for (const h of set) readHtml("x.html", h, p);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) for (const h of set) readHtml("x.html", h, p);
    console.log(`  ${label}: ${((performance.now() - t0) / (n * set.length)).toFixed(1)} ms a page`);
  }
}
