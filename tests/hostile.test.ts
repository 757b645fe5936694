// Hostile and broken input: each gets a clear error or a correct record —
// never a crash, a hang, or an article silently dropped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractArticle, slug, Claim, InputError } from "../src/lib/index.ts";
import { decodeArticle } from "../src/lib/corpus/input.ts";
import { ArticleMeta } from "../src/lib/schema.ts";
import { corpusArticles, registry } from "./helpers.ts";

const run = (raw: string) => extractArticle({ id: "t", file: "t.txt", raw, meta: { published: "2024-03-15" } }, registry);
function valid(raw: string) {
  const out = run(raw);
  for (const c of out.claims) {
    expect(() => Claim.parse(c)).not.toThrow();
    expect(raw.slice(c.span.start, c.span.end)).toBe(c.text);
  }
  for (const b of out.article.body) expect(b.end).toBeLessThanOrEqual(raw.length);
  return out.claims;
}

describe("broken files", () => {
  it.each([
    ["empty", new Uint8Array(), /empty/],
    ["whitespace only", new TextEncoder().encode(" \r\n\t "), /empty/],
    ["binary", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /binary/],
    ["invalid UTF-8", new Uint8Array([0x48, 0x69, 0xc3, 0x28]), /UTF-8/],
  ])("%s: a clear error naming the file", (_, bytes, re) => {
    expect(() => decodeArticle("bad.txt", bytes)).toThrow(InputError);
    expect(() => decodeArticle("bad.txt", bytes)).toThrow(re);
    expect(() => decodeArticle("bad.txt", bytes)).toThrow(/^bad\.txt: /);
  });
  it("a sidecar with an impossible date is rejected", () => {
    for (const published of ["2023-02-30", "2024-13-01", "yesterday", "11/09/2023"])
      expect(ArticleMeta.safeParse({ published }).success, published).toBe(false);
    expect(ArticleMeta.safeParse({ published: "2023-09-11T13:58" }).success).toBe(true);
  });
  it("an article with no claims still yields its article record and a warning", () => {
    const out = run("Rain fell across the region on Tuesday. Rivers rose.");
    expect(out.claims).toEqual([]);
    expect(out.article.id).toBe("t");
    expect(out.warnings[0]).toMatch(/no attributed statements/);
  });
});

describe("hostile text", () => {
  it("quotes in « », „ “, ‘ ’ and ' ' give direct quotes", () => {
    for (const [open, close] of [["«", "»"], ["„", "“"], ["‘", "’"], ["'", "'"], ["“", "”"], ['"', '"']]) {
      const claims = valid(`${open}We will not give up any land,${close} Foreign Minister Anna Kovalenko said.`);
      expect(claims, open).toHaveLength(1);
      expect(claims[0]!.speaker.id, open).toBe("anna-kovalenko");
      expect(claims[0]!.quote, open).toContain("We will not give up any land");
    }
  });
  it("survives unbalanced and nested quotes", () => {
    valid("“He said “this is “nested” and never closed, Anna Kovalenko said. And more text “here.");
    valid("”Backwards“ quotes, said Tom Reed. ''' \"\"\" «« »» „„");
    expect(valid("“We said ‘never’ and meant it,” Tom Reed said.")[0]!.speaker.id).toBe("tom-reed");
  });
  it("treats CRLF and lone CR line endings like LF", () => {
    const lf = "Title Line Here\n\nTom Reed said that the talks had failed.\n“We go on,” he added.\n";
    const ids = (raw: string) => valid(raw).map((c) => [c.speaker.id, c.kind, c.quote]);
    expect(ids(lf.replace(/\n/g, "\r\n"))).toEqual(ids(lf));
    expect(ids(lf.replace(/\n/g, "\r"))).toEqual(ids(lf));
  });
  it("keeps emoji and right-to-left text intact in records", () => {
    const claims = valid("“السلام ممكن 🕊️ now,” Tom Reed said on Friday. 👍 Emoji 🇺🇦 before: “Мир — это 🙂 возможно,” Anna Kovalenko said.");
    expect(claims.map((c) => c.quote)).toEqual(["السلام ممكن 🕊️ now,", "Мир — это 🙂 возможно,"]);
  });
  it("keeps HTML and <script> as text in quotes and names, never as markup", () => {
    const raw = `“<script>alert(1)</script><img src=x onerror=alert(2)>,” Tom Reed said. <b>Anna</b> <i>Kovalenko</i> said that "<a href='javascript:alert(3)'>peace</a>" was near.`;
    const claims = valid(raw);
    expect(claims[0]!.quote).toContain("<script>alert(1)</script>");
    for (const c of claims) expect(c.id).toMatch(/^[a-z0-9-]+$/);
  });
  it("never makes an unsafe or empty id from a strange name", () => {
    for (const name of ["..", "/", "index", "<script>", "   ", "💥", "../../etc/passwd", "CON"]) {
      const id = slug(name);
      expect(id, name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(id, name).not.toMatch(/^\.+$/);
    }
  });
  // A 5 MB article: tests/large-input.test.ts (the slower lane). How long
  // extraction takes against article length is measured by `npm run bench`.
  it("finds as many claims in each copy of a text repeated 8 or 32 times", () => {
    // Articles without an end-of-article marker, so every copy stays article text.
    const raw = ["courier-no-talks-under-fire.txt", "today-river-talks.txt"].map((f) => readFileSync(join(corpusArticles, f), "utf8")).join("\n\n");
    // (under one neutral title: an article's title is read for attribution once, and only the first copy's would be the title)
    const count = (k: number) => run(["Several copies of two articles", ...Array.from({ length: k }, () => raw)].join("\n\n")).claims.length;
    const once = count(1);
    expect(once).toBeGreaterThan(3);
    const small = count(8);
    const large = count(32);
    expect(small).toBeGreaterThanOrEqual(once * 8 * 0.95);
    expect(large).toBeGreaterThanOrEqual(small * 3.8);
    expect(large).toBeLessThanOrEqual(small * 4.2);
  });
});

describe("property: any text", () => {
  const pieces = fc.constantFrom(
    "Tom Reed", "Anna Kovalenko", "Dmitry Kuleba", "he", "she", "said", "told reporters", "added", "according to", "that",
    "“", "”", "«", "»", "„", "‘", "’", '"', "'", ".", ",", "?", "!", " ", " ", " ", "\n", "\r\n", "\r", "Mr.", "U.S.", "on Friday",
    "last week", "Nov. 7", "<script>", "&amp;", "🙂", "مرحبا", "the talks", "peace", "if", "not",
  );
  const text = fc.oneof(fc.array(pieces, { maxLength: 80 }).map((a) => a.join(" ")), fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));
  it("the extractor never throws, and every span matches its text", () => {
    fc.assert(
      fc.property(text, (raw) => {
        if (!raw.trim()) return;
        valid(raw);
      }),
      { numRuns: 400 },
    );
  });
});
