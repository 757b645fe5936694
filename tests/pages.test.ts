// Articles as web pages (.html) and Markdown (.md): the pages in tests/fixtures/pages
// are written for these tests, in the shapes news sites use (never a real outlet's page).
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFiles, InputError, readArticle } from "../src/lib/index.ts";
import { readHtml } from "../src/lib/corpus/html.ts";
import { registry, root, runCli, tempDir } from "./helpers.ts";

const pages = join(root, "tests/fixtures/pages");
const page = (f: string) => join(pages, f);
const txt = join(pages, "txt/harbor-talks.txt");

// What a reader would call the story's claims: who, how, what.
const claimsOf = (file: string) =>
  extractFiles([file], registry).claims.map((c) => ({ speaker: c.speaker.name, kind: c.kind, quote: c.quote }));

// The same, for a page given as markup.
function claimsOf2(html: string) {
  const f = join(tempDir(), "page.html");
  writeFileSync(f, html);
  return claimsOf(f);
}

const SHAPES = ["jsonld-only.html", "og-only.html", "time-title.html", "furniture.html"];

describe("web pages as articles", () => {
  const expected = claimsOf(txt);

  it("the story as .txt has the claims the pages are compared with", () => {
    expect(expected.map((c) => c.speaker)).toEqual(expect.arrayContaining(["Lena Ortiz", "Marcus Bell", "Diane Okafor"]));
    expect(expected.length).toBeGreaterThanOrEqual(4);
  });

  it.each(SHAPES)("%s gives the same claims as the .txt (speaker, kind, quote)", (f) => {
    expect(claimsOf(page(f))).toEqual(expected);
  });

  it("the .md gives the same claims as the .txt", () => {
    expect(claimsOf(page("harbor-talks.md"))).toEqual(expected);
  });

  it.each(SHAPES)("%s: title, outlet and date from the page", (f) => {
    const { articles } = extractFiles([page(f)], registry);
    const a = articles[0]!;
    expect(a.title).toBe("Port stays shut as harbor talks stall");
    expect(a.outlet).toBe("The Coastal Ledger");
    expect(a.published?.slice(0, 10)).toBe("2025-03-14");
    expect(a.byline).toBe("Sam Reyes");
    expect(a.language).toBe("en");
    if (f !== "time-title.html") expect(a.url).toBe("https://ledger.example/2025/03/14/port-stays-shut");
  });

  it("no furniture gives a claim or text: comments, related and most-read lists, captions, share bar, newsletter, cookie banner, teaser", () => {
    const { raw, meta } = readArticle(page("furniture.html"));
    for (const bit of ["cookies", "Share on", "Sign up", "Ann Lowe", "Tom Hardy", "HarborWatcher", "Related", "Most read", "no bailout", "will end the season", "within days", "We are close", "Photo", "enough is enough", "©", "Port\nLabor", "night shift"])
      expect(raw, bit).not.toContain(bit);
    // the pull quote repeats the body's words: it is not read twice
    expect(raw.match(/families lose a paycheck/g)).toHaveLength(1);
    // the date is the article's, not a comment's
    expect(meta?.published).toBe("2025-03-14T09:30:00-05:00");
    // and every claim is one the .txt has (see above): none comes from the furniture
    expect(claimsOf(page("furniture.html"))).toEqual(expected);
  });

  it("claim spans point into the text read from the page, which readArticle gives back the same", () => {
    const f = page("furniture.html");
    const { claims } = extractFiles([f], registry);
    const { raw } = readArticle(f);
    expect(readArticle(f).raw).toBe(raw);
    for (const c of claims) expect(raw.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it("a sidecar beside the page overrides any field", () => {
    const dir = tempDir();
    copyFileSync(page("og-only.html"), join(dir, "story.html"));
    writeFileSync(join(dir, "story.meta.yaml"), 'outlet: Ledger Weekly\npublished: "2025-03-14"\nnote: checked\n');
    const a = readArticle(join(dir, "story.html"));
    expect(a.id).toBe("story");
    expect(a.meta).toMatchObject({ outlet: "Ledger Weekly", published: "2025-03-14", note: "checked", title: "Port stays shut as harbor talks stall" });
  });

  it("a folder's .html, .htm and .md files are articles too", () => {
    const dir = tempDir();
    copyFileSync(page("jsonld-only.html"), join(dir, "a.html"));
    copyFileSync(page("og-only.html"), join(dir, "b.htm"));
    copyFileSync(page("harbor-talks.md"), join(dir, "c.md"));
    copyFileSync(txt, join(dir, "d.txt"));
    const { articles } = extractFiles([dir], registry);
    expect(articles.map((a) => a.id)).toEqual(["a", "b", "c", "d"]);
  });

  it.each([
    ["not-article.html", "no article text found"],
    ["not-html.html", "not HTML"],
  ])("%s: one-line InputError naming the file", (f, why) => {
    let err: unknown;
    try {
      readArticle(page(f));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(page(f));
    expect((err as Error).message).toContain(why);
    expect((err as Error).message.split("\n")).toHaveLength(1);
  });

  it("an empty body, markup without text, or a broken JSON-LD block never crash", () => {
    expect(() => readHtml("x.html", "<html><body></body></html>")).toThrow(/no article text/);
    expect(() => readHtml("x.html", "<html><head><script type='application/ld+json'>{broken</script></head><body><p>Hi.</p></body></html>")).toThrow(/no article text/);
    const html = readFileSync(page("jsonld-only.html"), "utf8").replace('"headline"', '"headline" {');
    expect(readHtml("x.html", html).meta.title).toBe("Port stays shut as harbor talks stall"); // from the <h1>
  });

  it("a story container whose class names share tools or comments is still the story", () => {
    const body = readFileSync(page("og-only.html"), "utf8")
      .replace("<article>", '<article class="post comments-open">')
      .replace("<h1>", '<div class="article-body has-share-tools"><h1>')
      .replace("</article>", "</div></article>");
    expect(claimsOf2(body)).toEqual(expected);
  });

  it("text broken by <br><br> gives paragraphs", () => {
    const html = readFileSync(page("og-only.html"), "utf8").replace(/<\/p>\s*<p>/g, "<br><br>\n");
    expect(claimsOf2(html)).toEqual(expected);
    expect(readHtml("x.html", html).paragraphs.length).toBe(5);
  });

  it("a page saved in windows-1252 is decoded by its <meta charset>", () => {
    const dir = tempDir();
    const html = readFileSync(page("og-only.html"), "utf8").replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace("Union leader", "Unión leader");
    writeFileSync(join(dir, "latin.html"), Buffer.from(html, "latin1"));
    expect(readArticle(join(dir, "latin.html")).raw).toContain("Unión leader Marcus Bell");
  });

  it("the CLI reads a page and says why a bad one is refused, in one line", { timeout: 120_000 }, async () => {
    const ok = await runCli(page("furniture.html"));
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).articles[0].outlet).toBe("The Coastal Ledger");
    const bad = await runCli(page("not-article.html"));
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("not-article.html: no article text found");
  });
});

describe("Markdown articles", () => {
  it("front matter holds the sidecar's fields; markup is not part of the text", () => {
    const a = readArticle(page("harbor-talks.md"));
    expect(a.meta).toEqual({ outlet: "The Coastal Ledger", title: "Port stays shut as harbor talks stall", published: "2025-03-14", url: "https://ledger.example/2025/03/14/port-stays-shut", language: "en" });
    expect(a.raw).not.toMatch(/[*#[\]]|https:|---/);
    expect(a.raw).toBe(readFileSync(txt, "utf8"));
  });

  it("bad front matter is a one-line error naming the file", () => {
    const dir = tempDir({ "x.md": "---\npublished: yesterday\n---\n\nSome text.\n", "y.md": "---\nfoo: [\n---\n\nText.\n", "z.md": "---\ntitle: T\n---\n" });
    expect(() => readArticle(join(dir, "x.md"))).toThrow(/x\.md: front matter: field "published"/);
    expect(() => readArticle(join(dir, "y.md"))).toThrow(/y\.md: cannot read the front matter's YAML/);
    expect(() => readArticle(join(dir, "z.md"))).toThrow(/z\.md: empty article/);
  });
});
