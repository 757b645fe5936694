// For `npm run bench`: reading an article as a web page (.html) against reading
// the same article as page text (.txt). Each generated article is also written
// as a page in the shape news sites use — JSON-LD and Open Graph metadata,
// navigation, a share bar, every line of the text as a <p>, a related-stories
// list, a comment section and a footer — and both are read (readArticle) and
// extracted (extractArticle) in one thread.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { extractArticle, readArticle, type Registry } from "../src/lib/index.ts";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A news-site page holding the article's text, one <p> a line. */
export function pageFor(id: string, text: string, meta: { outlet?: string; published?: string; title?: string }): string {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const title = meta.title ?? lines.find((l) => l.split(/\s+/).length >= 4) ?? id;
  const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: title, datePublished: meta.published, publisher: { "@type": "Organization", name: meta.outlet } };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} – ${esc(meta.outlet ?? "News")}</title>
<link rel="canonical" href="https://bench.example/${id}">
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc(meta.outlet ?? "")}">
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, "\\u003c")}</script>
<link rel="stylesheet" href="/site.css"></head>
<body>
<div class="cookie-banner"><p>We use cookies. "Accept all" says you agree.</p><button>Accept</button></div>
<header class="site-header"><a href="/">${esc(meta.outlet ?? "")}</a><nav><ul>${["World", "Politics", "Business", "Opinion", "Sport"].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join("")}</ul></nav></header>
<main><article>
<div class="share-bar"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
<div class="article-body">
${lines.map((l) => `<p>${esc(l)}</p>`).join("\n")}
</div>
</article>
<section class="related-stories"><h2>Related</h2><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/r${i}">Minister says "talks will resume" in story ${i}</a></li>`).join("")}</ul></section>
<section class="comments"><h2>Comments</h2>${[1, 2].map((i) => `<article class="comment"><p>Reader ${i}</p><time datetime="2030-01-0${i}">Jan ${i}</time><p>"Nonsense," said my neighbour about all of this, and he should know.</p></article>`).join("")}</section>
</main>
<footer class="site-footer"><p>© ${esc(meta.outlet ?? "")}</p></footer>
</body></html>
`;
}

export interface HtmlReading {
  articles: number;
  /** reading the files alone (readArticle), milliseconds an article */
  readMsTxt: number;
  readMsHtml: number;
  /** reading and extracting, milliseconds an article */
  totalMsTxt: number;
  totalMsHtml: number;
  /** html / txt for reading and extracting */
  htmlToTxt: number;
  claimsTxt: number;
  claimsHtml: number;
  kilobytesTxt: number;
  kilobytesHtml: number;
}

/** Up to `max` of the corpus's articles, read and extracted as .txt and as .html. */
export function htmlReading(content: string, reg: Registry, max = 200, runs = 1): HtmlReading {
  const dir = join(content, "articles");
  const pagesDir = join(content, "pages-html");
  mkdirSync(pagesDir, { recursive: true });
  const txt = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, max).map((f) => join(dir, f));
  const html: string[] = [];
  let kbTxt = 0;
  let kbHtml = 0;
  for (const f of txt) {
    const id = f.split("/").at(-1)!.slice(0, -4);
    const metaFile = join(dir, `${id}.meta.yaml`);
    let meta: { outlet?: string; published?: string; title?: string } = {};
    try {
      meta = (parseYaml(readFileSync(metaFile, "utf8")) as typeof meta) ?? {};
    } catch {
      // no sidecar
    }
    const text = readFileSync(f, "utf8");
    const page = pageFor(id, text, meta);
    const out = join(pagesDir, `${id}.html`);
    writeFileSync(out, page);
    html.push(out);
    kbTxt += Buffer.byteLength(text) / 1024;
    kbHtml += Buffer.byteLength(page) / 1024;
  }
  const measure = (files: string[]) => {
    const read: number[] = [];
    const total: number[] = [];
    let claims = 0;
    for (let r = 0; r < Math.max(runs, 1); r++) {
      let tRead = 0;
      let tAll = 0;
      claims = 0;
      for (const f of files) {
        const t0 = performance.now();
        const input = readArticle(f);
        const t1 = performance.now();
        claims += extractArticle(input, reg).claims.length;
        tRead += t1 - t0;
        tAll += performance.now() - t0;
      }
      read.push(tRead / files.length);
      total.push(tAll / files.length);
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    return { read: med(read), total: med(total), claims };
  };
  // warm up both paths (module loading, the JIT)
  for (const f of [...txt.slice(0, 5), ...html.slice(0, 5)]) extractArticle(readArticle(f), reg);
  const t = measure(txt);
  const h = measure(html);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    articles: txt.length,
    readMsTxt: r2(t.read),
    readMsHtml: r2(h.read),
    totalMsTxt: r2(t.total),
    totalMsHtml: r2(h.total),
    htmlToTxt: r2(h.total / t.total),
    claimsTxt: t.claims,
    claimsHtml: h.claims,
    kilobytesTxt: Math.round(kbTxt / Math.max(txt.length, 1)),
    kilobytesHtml: Math.round(kbHtml / Math.max(txt.length, 1)),
  };
}
