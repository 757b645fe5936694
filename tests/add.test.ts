// `npm run add`: pages and feeds fetched from a loopback server this test starts
// (127.0.0.1 only), serving the pages written for the tests (tests/fixtures/pages).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { extractFiles } from "../src/lib/index.ts";
import { corpus, registry, root, runScript, tempDir } from "./helpers.ts";

const pages = join(root, "tests/fixtures/pages");
const fixture = (f: string) => readFileSync(join(pages, f), "utf8");
const TITLE = "Port stays shut as harbor talks stall";
const CANONICAL = "https://ledger.example/2025/03/14/port-stays-shut";

// /story/<shape>/<n>: the fixture page of that shape, made a story of its own
// (its title and canonical address carry n); a page without a canonical
// address keeps none.
const SHAPES: Record<string, string> = { furniture: "furniture.html", og: "og-only.html", jsonld: "jsonld-only.html", time: "time-title.html" };
function story(shape: string, n: string): string {
  return fixture(SHAPES[shape]!).replaceAll(CANONICAL, `https://ledger.example/s/${shape}-${n}`).replaceAll(TITLE, `${TITLE}, day ${n}`);
}

let server: Server;
let base = "";
const requests: IncomingMessage[] = [];
let inFlight = 0;
let maxInFlight = 0;

function feedItems() {
  return [
    { path: "/story/og/1", title: `Port talks: union says "no deal"`, date: "2025-03-14T09:30:00Z" },
    { path: "/story/jsonld/2", title: "Port commissioner holds firm on cranes", date: "2025-03-15T09:30:00Z" },
    { path: "/story/time/3", title: "Ferry timetable changes", date: "2025-02-01T09:30:00Z" },
  ];
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    const done = (status: number, type: string, body: string | Buffer) => {
      setTimeout(() => {
        res.writeHead(status, { "content-type": type });
        res.end(body);
      }, 30); // long enough for overlapping requests to show
    };
    const url = new URL(req.url!, "http://x");
    const m = url.pathname.match(/^\/story\/(\w+)\/(\w+)$/);
    if (m && SHAPES[m[1]!]) return done(200, "text/html; charset=utf-8", story(m[1]!, m[2]!));
    switch (url.pathname) {
      case "/index":
        return done(200, "text/html", fixture("not-article.html"));
      case "/data.json":
        return done(200, "application/json", "{}");
      case "/big":
        return done(200, "text/html", `<html><body><article>${"<p>Padding text that goes on and on.</p>".repeat(5000)}</article></body></html>`);
      case "/slow":
        return; // never answers (the client times out; the server closes it at the end)
      case "/latin1": {
        const html = story("og", "9").replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace("Union leader", "Unión leader");
        return done(200, "text/html", Buffer.from(html, "latin1"));
      }
      case "/feed.xml":
        return done(200, "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><link>${base}/</link><description>d</description>${feedItems()
          .map((i) => `<item><title>${i.title.replaceAll('"', "&quot;")}</title><link>${base}${i.path}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`)
          .join("")}</channel></rss>`);
      case "/feed.atom":
        return done(200, "application/atom+xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:x</id><updated>2025-03-15T00:00:00Z</updated>${feedItems()
          .map((i) => `<entry><title>${i.title.replaceAll('"', "&quot;")}</title><id>urn:${i.path}</id><link href="${base}${i.path}"/><published>${i.date}</published><updated>${i.date}</updated></entry>`)
          .join("")}</feed>`);
      case "/feed.json":
        return done(200, "application/feed+json", JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Ledger", items: feedItems().map((i) => ({ id: i.path, url: `${base}${i.path}`, title: i.title, date_published: i.date })) }));
      default:
        return done(404, "text/html", "<html><body><h1>Not found</h1></body></html>");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** A content folder with the tests' registry and no articles. */
function content(): string {
  const dir = tempDir();
  for (const f of ["speakers.yaml", "topics.yaml"]) copyFileSync(join(corpus, f), join(dir, f));
  mkdirSync(join(dir, "articles"));
  return dir;
}

function add(contentDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runScript("add.ts", contentDir, ...args);
}

const files = (dir: string) => readdirSync(join(dir, "articles")).sort();
const noStack = (s: string) => expect(s).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);

// Each case starts one or two Node processes: generous time for a busy machine.
describe("npm run add", { timeout: 120_000 }, () => {
  it("fetches a page into <id>.html + <id>.meta.yaml, prints what it read, reminds of the ledger", async () => {
    const dir = content();
    const r = await add(dir, `${base}/story/furniture/1`);
    expect(r.code, r.stderr).toBe(0);
    const id = "the-coastal-ledger-2025-03-14-port-stays-shut-as-harbor-talks-stall-day-1";
    expect(files(dir)).toEqual([`${id}.html`, `${id}.meta.yaml`]);
    const meta = parseYaml(readFileSync(join(dir, "articles", `${id}.meta.yaml`), "utf8"));
    expect(meta).toEqual({ title: `${TITLE}, day 1`, outlet: "The Coastal Ledger", published: "2025-03-14T09:30:00-05:00", url: "https://ledger.example/s/furniture-1", language: "en" });
    expect(r.stdout).toContain(`added ${id}`);
    expect(r.stdout).toMatch(/title: +Port stays shut as harbor talks stall, day 1/);
    expect(r.stdout).toMatch(/outlet: +The Coastal Ledger/);
    expect(r.stdout).toMatch(/date: +2025-03-14/);
    expect(r.stdout).toMatch(/claims: +\d+ by \d+ speakers: Lena Ortiz, Marcus Bell, Diane Okafor/);
    expect(r.stdout).toContain("npm run ledger");
    // what was written is an article the build reads, with the claims the page gives
    const out = extractFiles([join(dir, "articles")], registry);
    expect(out.articles[0]!.url).toBe("https://ledger.example/s/furniture-1");
    const fromTxt = extractFiles([join(pages, "txt/harbor-talks.txt")], registry).claims;
    expect(out.claims.map((c) => [c.speaker.name, c.kind, c.quote])).toEqual(fromTxt.map((c) => [c.speaker.name, c.kind, c.quote]));
    // a clear User-Agent
    expect(requests.at(-1)!.headers["user-agent"]).toMatch(/^news-claims-explorer\//);
  });

  it("does not add an address twice (same canonical URL), nor a saved copy of a page already in", async () => {
    const dir = content();
    expect((await add(dir, `${base}/story/og/5`)).code).toBe(0);
    const before = files(dir);
    const again = await add(dir, `${base}/story/og/5`, `${base}/story/jsonld/5?utm_source=x#top`);
    // the second page's canonical address differs (jsonld-5): it goes in; the first is skipped before any request
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/skipped .*\/story\/og\/5: already in the corpus as /);
    expect(files(dir).length).toBe(before.length + 2);
    // a saved copy of a page whose canonical address is in the corpus
    const saved = join(tempDir(), "saved.html");
    writeFileSync(saved, story("og", "5"));
    const copy = await add(dir, saved);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toContain("already in the corpus");
    expect(copy.stdout).toContain("Nothing added.");
  });

  it("copies a saved page from a file", async () => {
    const dir = content();
    const r = await add(dir, join(pages, "time-title.html"));
    expect(r.code, r.stderr).toBe(0);
    const [html, meta] = files(dir);
    expect(html).toBe("the-coastal-ledger-2025-03-14-port-stays-shut-as-harbor-talks-stall.html");
    expect(readFileSync(join(dir, "articles", html!), "utf8")).toBe(fixture("time-title.html"));
    expect(parseYaml(readFileSync(join(dir, "articles", meta!), "utf8")).published).toBe("2025-03-14T09:30");
  });

  it("404, timeout, not HTML, no article text, over the size limit: one line each naming the address, nothing written, the good ones still go in", async () => {
    const dir = content();
    const bad = {
      [`${base}/missing`]: "HTTP 404",
      [`${base}/slow`]: "timed out after 1 s",
      [`${base}/data.json`]: "not HTML (Content-Type: application/json)",
      [`${base}/index`]: "no article text found",
      [`${base}/big`]: "too large",
      "http://127.0.0.1:9/refused": "cannot fetch",
      [join(pages, "not-html.html")]: "not HTML",
      "no/such/file.html": "no such file",
    };
    const r = await add(dir, "--timeout", "1", "--max-bytes", "100000", ...Object.keys(bad), `${base}/story/og/7`);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines, r.stderr).toHaveLength(Object.keys(bad).length);
    for (const [address, why] of Object.entries(bad)) {
      const line = lines.find((l) => l.startsWith(`${address}: `));
      expect(line, `${address} in ${r.stderr}`).toBeDefined();
      expect(line).toContain(why);
    }
    noStack(r.stderr);
    expect(files(dir)).toHaveLength(2);
    expect(r.stdout).toContain("1 article added");
    expect(readdirSync(join(dir, "articles")).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("decodes a page by its declared charset and stores it as UTF-8", async () => {
    const dir = content();
    const r = await add(dir, `${base}/latin1`);
    expect(r.code, r.stderr).toBe(0);
    const html = files(dir).find((f) => f.endsWith(".html"))!;
    expect(readFileSync(join(dir, "articles", html), "utf8")).toContain("Unión leader");
  });

  it("makes one request at a time per host", async () => {
    const dir = content();
    maxInFlight = 0;
    const r = await add(dir, ...["a", "b", "c", "d"].map((n) => `${base}/story/og/p${n}`));
    expect(r.code, r.stderr).toBe(0);
    expect(maxInFlight).toBe(1);
    expect(files(dir)).toHaveLength(8);
  });
});

describe("npm run add -- --feed", { timeout: 120_000 }, () => {
  it.each(["feed.xml", "feed.atom", "feed.json"])("%s: adds the entries not in the corpus; run twice, the second adds nothing", async (feed) => {
    const dir = content();
    const first = await add(dir, "--feed", `${base}/${feed}`);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("3 articles added");
    const n = requests.length;
    const second = await add(dir, "--feed", `${base}/${feed}`);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("Nothing added.");
    expect(files(dir)).toHaveLength(6);
    // the second run fetched the feed and none of its entries
    expect(requests.length - n).toBe(1);
  });

  it("--since and --match keep a story's entries only", async () => {
    const dir = content();
    const r = await add(dir, "--feed", `${base}/feed.xml`, "--since", "2025-03-01", "--match", "port");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("2 articles added");
    const r2 = await add(dir, "--feed", `${base}/feed.json`, "--match", "union says");
    expect(r2.stdout).toContain("1 entry kept, 0 not in the corpus yet");
    expect(r2.stdout).toContain("Nothing added.");
  });

  it("--feeds reads content/feeds.yaml; a bad feed is one line and the others still go in", async () => {
    const dir = content();
    writeFileSync(join(dir, "feeds.yaml"), `- ${base}/feed.atom\n- url: ${base}/missing-feed\n- url: ${base}/story/og/1\n  since: 2025-01-01\n`);
    const r = await add(dir, "--feeds");
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n"), r.stderr).toHaveLength(2);
    expect(r.stderr).toContain(`${base}/missing-feed: HTTP 404`);
    expect(r.stderr).toContain(`${base}/story/og/1: not a feed (Content-Type: text/html`);
    expect(r.stdout).toContain("3 articles added");
    noStack(r.stderr);
    expect(existsSync(join(dir, "feeds.yaml"))).toBe(true);
  });

  it("usage errors are one line", async () => {
    const dir = content();
    const runs = await Promise.all([[], ["--since", "yesterday", "x"], ["--feeds"], ["--bogus"]].map((args) => add(dir, ...args)));
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n"), r.stderr).toHaveLength(1);
    }
  });
});
