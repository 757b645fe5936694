// A web page (saved from a browser, or fetched by `npm run add`) read as an article:
// the page's own metadata and its main text, as the text the extraction library reads.
//
// What a claim's span points into, for an HTML article: the text this module
// returns, never the page's markup. That text is the article's headline, a
// "By …" line when the page names its authors, then the body's paragraphs
// (Readability's main content, one paragraph per block element), separated by
// blank lines. `readArticle` returns it as the article's `raw`, so the site
// shows it and the digest checks it like a .txt file's text; reading the same
// page again gives the same text, byte for byte.
//
// The DOM is linkedom's (measured against jsdom: see README, "Adding an
// article"): Readability gives the same text on both, and linkedom parses a
// page several times faster, with a far smaller install.
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import { InputError } from "../errors.ts";
import type { ArticleMeta } from "../schema.ts";
import { PUBLISHED_RE } from "../schema.ts";

export interface PageMeta extends ArticleMeta {
  authors?: string[];
  modified?: string;
}

export interface ReadPage {
  /** the article's text: headline, byline, body paragraphs, separated by blank lines */
  text: string;
  /** what the page says about itself */
  meta: PageMeta;
  /** the body's paragraphs, as Readability found them */
  paragraphs: string[];
}

/** Makes a DOM document from markup: linkedom by default (the bench and tests can pass another). */
export type DomParser = (html: string) => Document;
export const linkedomParser: DomParser = (html) => lib().parseHTML(html).document as unknown as Document;

// Loaded on the first page read: linkedom takes ~0.3–0.6 s to load, which a
// corpus of .txt files, and every extraction worker, should not pay.
const require = createRequire(import.meta.url);
let libs: { parseHTML: typeof import("linkedom").parseHTML; Readability: typeof ReadabilityClass } | undefined;
function lib() {
  return (libs ??= { parseHTML: require("linkedom").parseHTML, Readability: require("@mozilla/readability").Readability });
}

// Class or id words that mark page furniture; matched against the words of an
// element's class and id (split on "-", "_", spaces), so "article-body" is not
// furniture but "share-bar", "comments" and "most-read" are.
const FURNITURE_WORDS = new Set([
  "comment", "comments", "commentlist", "disqus", "replies", "reply",
  "related", "recommended", "recommendations", "more", "read", "popular", "trending", "mostread", "outbrain", "taboola",
  "share", "sharing", "sharebar", "social", "follow",
  "newsletter", "subscribe", "subscription", "signup", "paywall", "promo", "promotion", "teaser", "teasers",
  "cookie", "cookies", "consent", "gdpr", "banner",
  "ad", "ads", "advert", "advertisement", "sponsored",
  "nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "footer", "sidebar",
  "caption", "figcaption", "credit", "credits",
  "tags", "topics", "bio",
]);
// Words that make "read" or "more" furniture only together ("read-more", "more-stories").
const PAIRED = new Set(["more", "read"]);
const FURNITURE_TAGS = "nav, aside, footer, form, figcaption, button, script, style, noscript, iframe, template, svg, dialog, select, input, textarea";
const FURNITURE_ROLES = new Set(["navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "search", "form"]);

function words(el: Element): string[] {
  const s = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  return s.split(/[\s_-]+/).filter(Boolean);
}

/** Whether an element is page furniture by its tag, role or class/id words. */
function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === "body" || tag === "html" || tag === "main" || tag === "article") {
    // a container of the story is never furniture by its class alone, unless it is a comment ("comment", "comments-list")
    const first = words(el)[0];
    return first === "comment" || first === "comments";
  }
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden")) return true;
  const ws = words(el);
  for (const w of ws) {
    if (!FURNITURE_WORDS.has(w)) continue;
    if (PAIRED.has(w)) {
      if (ws.includes("read") && ws.includes("more")) return true;
      if (w === "more" && ws.some((x) => x === "stories" || x === "news" || x === "articles")) return true;
      continue;
    }
    return true;
  }
  return false;
}

function inFurniture(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------- metadata

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

function jsonLdArticles(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== "object") return;
    const o = v as Json;
    if (o["@graph"]) visit(o["@graph"]);
    const t = o["@type"];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === "string" && ARTICLE_TYPES.test(x))) out.push(o);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (inFurniture(s.parentElement)) continue;
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // a broken block says nothing
    }
  }
  return out;
}

const str = (v: unknown): string | undefined => {
  if (typeof v === "string") return clean(v) || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str((v as Json)["name"] ?? (v as Json)["@id"] ?? (v as Json)["url"]);
  return undefined;
};
const names = (v: unknown): string[] => {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.map((a) => (typeof a === "string" ? clean(a) : str((a as Json)?.["name"]))).filter((x): x is string => !!x);
};

/** A page's date as the schema takes it: YYYY-MM-DD or an ISO date-time as the page wrote it (its own offset kept). */
export function pageDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const s = v.trim();
  const m = s.match(/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (!m) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 19) + "Z";
  }
  const zone = m[3] ? (m[3] === "Z" ? "Z" : m[3].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")) : "";
  const out = m[2] ? `${m[1]}T${m[2]}${zone}` : m[1]!;
  return PUBLISHED_RE.test(out) ? out : m[1];
}

const metaContent = (doc: Document, ...keys: string[]) => {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = clean(el?.getAttribute("content"));
    if (v) return v;
  }
  return undefined;
};

// "Headline – Outlet", "Headline | Outlet", "Headline - Outlet"
function splitTitle(title: string): { title: string; outlet?: string } {
  const m = title.match(/^(.*\S)\s+(?:[|–—·•]|-{1,2}|::)\s+([^|–—·•]{2,60})$/);
  if (m && m[1]!.split(/\s+/).length >= 3) return { title: m[1]!, outlet: m[2]!.trim() };
  return { title };
}

/** The `<time datetime>` nearest the headline, outside furniture. */
function headlineTime(doc: Document, h1: Element | null): string | undefined {
  const ok = (t: Element) => !inFurniture(t) && pageDate(t.getAttribute("datetime") ?? undefined);
  if (h1) {
    for (let box = h1.parentElement; box; box = box.parentElement) {
      const t = [...box.querySelectorAll("time[datetime]")].find(ok);
      if (t) return pageDate(t.getAttribute("datetime")!);
      if (/^(article|main|body)$/i.test(box.tagName)) break;
    }
  }
  const t = [...doc.querySelectorAll("time[datetime]")].find(ok);
  return t ? pageDate(t.getAttribute("datetime")!) : undefined;
}

function authorsOnPage(doc: Document): string[] {
  const els = [...doc.querySelectorAll('[rel="author"], [itemprop="author"], .byline a, .author-name, .byline__name')].filter((e) => !inFurniture(e));
  const out = els.map((e) => clean(e.getAttribute("content") ?? e.textContent).replace(/^by\s+/i, "")).filter((s) => s && s.length < 60);
  return [...new Set(out)];
}

/** Everything the page says about itself, in order of trust: JSON-LD, then meta tags, then the markup. */
export function pageMeta(doc: Document): PageMeta {
  const ld = jsonLdArticles(doc)[0] ?? {};
  const h1 = [...doc.querySelectorAll("h1")].find((e) => !inFurniture(e)) ?? null;
  const titleTag = splitTitle(clean(doc.querySelector("title")?.textContent));
  const meta: PageMeta = {};
  const title = str(ld["headline"]) ?? metaContent(doc, "og:title", "twitter:title") ?? (clean(h1?.textContent) || undefined) ?? (titleTag.title || undefined);
  if (title) meta.title = splitTitle(title).outlet === titleTag.outlet && titleTag.outlet ? splitTitle(title).title : title;
  const outlet = str((ld["publisher"] as Json | undefined)?.["name"]) ?? metaContent(doc, "og:site_name", "application-name") ?? titleTag.outlet;
  if (outlet) meta.outlet = outlet;
  const published = pageDate(str(ld["datePublished"]) ?? metaContent(doc, "article:published_time", "datePublished", "pubdate", "date")) ?? headlineTime(doc, h1);
  if (published) meta.published = published;
  const modified = pageDate(str(ld["dateModified"]) ?? metaContent(doc, "article:modified_time", "dateModified"));
  if (modified) meta.modified = modified;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(doc, "og:url") ?? str(ld["url"]) ?? str(ld["mainEntityOfPage"]);
  if (canonical && /^https?:\/\//i.test(canonical)) {
    try {
      meta.url = new URL(canonical).href;
    } catch {
      // not an address
    }
  }
  const lang = clean(doc.documentElement?.getAttribute("lang")) || str(ld["inLanguage"]) || metaContent(doc, "og:locale")?.replace("_", "-");
  if (lang && lang.length >= 2) meta.language = lang;
  let authors = names(ld["author"]);
  if (!authors.length) {
    const a = metaContent(doc, "article:author", "author");
    if (a && !/^https?:/i.test(a)) authors = [a];
  }
  if (!authors.length) authors = authorsOnPage(doc);
  if (authors.length) meta.authors = authors;
  return meta;
}

// ---------------------------------------------------------------- body

const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "TH", "FIGURE", "DIV", "SECTION", "ARTICLE", "UL", "OL", "TABLE", "TR", "TBODY", "THEAD", "HEADER", "MAIN", "DL"]);

/** The text of each leaf block: a block with no block inside it, or the loose text beside inner blocks. */
function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let run = "";
  // Text broken by two <br>s in a row ("<br><br>") is two paragraphs.
  const flush = () => {
    for (const part of run.split(/\n[^\S\n]*\n/)) {
      const t = clean(part);
      if (t) out.push(t);
    }
    run = "";
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) run += (child.textContent ?? "").replace(/\s+/g, " ");
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === "BR") {
          run += "\n";
          continue;
        }
        if (BLOCKS.has(el.tagName)) {
          flush();
          walk(el);
          flush();
        } else walk(el);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Removes page furniture from a document before Readability sees it. */
function stripFurniture(doc: Document): void {
  for (const el of [...doc.querySelectorAll(FURNITURE_TAGS)]) el.remove();
  // An element holding most of the page's paragraph text is the story, whatever its class
  // says ("article-body has-share-tools"): it is never removed as furniture.
  const pText = (root: ParentNode) => [...root.querySelectorAll("p")].reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
  const total = pText(doc);
  for (const el of [...doc.querySelectorAll("body *")]) if (isFurniture(el) && !(total > 0 && pText(el) > total / 2)) el.remove();
  // In-body teasers: a paragraph that is a link to another story, with or without a label ("Read more:").
  for (const p of [...doc.querySelectorAll("p, li")]) {
    const text = clean(p.textContent);
    const links = clean([...p.querySelectorAll("a")].map((a) => a.textContent).join(" "));
    if (!links || !text) continue;
    const rest = clean(text.replace(links, ""));
    if (rest === "" || (rest.length <= 30 && TEASER_LABEL.test(rest))) p.remove();
  }
}
const TEASER_LABEL = /^(read (more|also|next)|more|related|see also|also read|watch|listen|recommended|opinion|analysis|explainer)\b[^.]*[:|–—-]?$/i;

export function looksLikeHtml(text: string): boolean {
  return /<(!doctype\s+html|html|head|body|article|main|p|div|h1|title)\b/i.test(text.slice(0, 200_000));
}

/**
 * Reads a page: its metadata and its main text. Throws a one-line InputError
 * naming `file` when it is not HTML or has no article text.
 */
export function readHtml(file: string, html: string, parse: DomParser = linkedomParser): ReadPage {
  if (!looksLikeHtml(html)) throw new InputError(file, "not HTML (no page markup found)");
  let doc: Document;
  try {
    doc = parse(html);
  } catch (e) {
    throw new InputError(file, `cannot parse HTML: ${(e as Error).message.split("\n")[0]}`);
  }
  const meta = pageMeta(doc);
  stripFurniture(doc);
  let article: ReturnType<ReadabilityClass<string>["parse"]>;
  try {
    article = new (lib().Readability)(doc, { charThreshold: 300, disableJSONLD: true }).parse();
  } catch (e) {
    throw new InputError(file, `cannot read the page: ${(e as Error).message.split("\n")[0]}`);
  }
  if (!article?.content) throw new InputError(file, "no article text found in the page");
  const body = parse(`<!doctype html><html><body>${article.content}</body></html>`).body;
  let paragraphs = blockTexts(body);
  if (meta.title && paragraphs[0] && clean(paragraphs[0]) === clean(meta.title)) paragraphs = paragraphs.slice(1);
  // An article has prose: a few paragraphs of sentences, not a list of links.
  const prose = paragraphs.filter((p) => p.length >= 80 && /[.!?"”’)]$/.test(p));
  if (prose.length < 2 || prose.reduce((n, p) => n + p.length, 0) < 300)
    throw new InputError(file, "no article text found in the page (a list or index page, not an article?)");
  if (!meta.title && article.title) meta.title = clean(article.title);
  const head: string[] = [];
  if (meta.title) head.push(meta.title);
  if (meta.authors?.length) head.push(`By ${meta.authors.join(" and ")}`);
  return { text: [...head, ...paragraphs].join("\n\n") + "\n", meta, paragraphs };
}

/** The page's metadata as a sidecar holds it (fields the schema knows). */
export function sidecarFields(meta: PageMeta): ArticleMeta {
  const { authors: _a, modified: _m, ...rest } = meta;
  return rest;
}
