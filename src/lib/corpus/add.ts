// `npm run add`: web pages (by address or as saved files) and feeds' entries into
// the content folder, as `<id>.html` + `<id>.meta.yaml`, through the same reading
// and extraction code as the build (readHtml, extractArticle).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml, stringify as toYaml } from "yaml";
import { parseFeed } from "feedsmith";
import { InputError } from "../errors.ts";
import { slug, type Registry } from "../registry.ts";
import type { Claim } from "../schema.ts";
import { extractOne } from "./corpus.ts";
import { readHtml, sidecarFields, type PageMeta } from "./html.ts";
import { ARTICLE_FILE, readMeta } from "./input.ts";
import { canonicalUrl, decodePage, fetchBytes, type FetchOptions } from "./fetch.ts";

export interface AddOptions {
  /** the articles folder (`$CLAIMS_CONTENT_DIR/articles`) */
  dir: string;
  reg: Registry;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface Added {
  source: string;
  id: string;
  file: string;
  meta: PageMeta;
  claims: Claim[];
}

export type Outcome = { kind: "added"; added: Added } | { kind: "known"; source: string; id: string } | { kind: "failed"; source: string; problem: string };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;
const FEED_TYPES = /^(application\/(rss|atom|feed|rdf)\+xml|application\/(xml|json)|application\/feed\+json|text\/xml|text\/plain)$/i;

/** The addresses already in the corpus (sidecars' and front matter's `url`), canonical form → article id. */
export function knownUrls(dir: string): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(dir)) return known;
  for (const f of readdirSync(dir)) {
    let url: string | undefined;
    let id: string | undefined;
    try {
      if (f.endsWith(".meta.yaml")) {
        id = f.slice(0, -".meta.yaml".length);
        url = readMeta(join(dir, f))?.url;
        // the address npm run add fetched it from, when not the canonical one
        const from = readFileSync(join(dir, f), "utf8").match(/^# Read from (https?:\/\/\S+)/m)?.[1];
        if (from) known.set(canonicalUrl(from), id);
      } else if (f.endsWith(".md")) {
        id = f.slice(0, -3);
        const front = readFileSync(join(dir, f), "utf8").match(/^---\r?\n([\s\S]*?)\r?\n---/);
        url = front ? (parseYaml(front[1]!) as { url?: string } | null)?.url : undefined;
      }
    } catch {
      // a broken sidecar is the build's to report
    }
    if (url && id) known.set(canonicalUrl(url), id);
  }
  return known;
}

/** `outlet-YYYY-MM-DD-title-slug`, unique in the folder. */
export function articleId(meta: PageMeta, taken: (id: string) => boolean): string {
  const parts = [meta.outlet && slug(meta.outlet).slice(0, 24), meta.published?.slice(0, 10), meta.title && slug(meta.title).slice(0, 48)].filter(Boolean) as string[];
  const base = parts.join("-").replace(/-+$/, "") || "article";
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export class Adder {
  readonly known: Map<string, string>;
  private readonly opts: AddOptions;
  private readonly fetchOpts: Omit<FetchOptions, "accept" | "expected">;

  constructor(opts: AddOptions) {
    this.opts = opts;
    this.known = knownUrls(opts.dir);
    this.fetchOpts = { timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes };
  }

  private taken = (id: string) => {
    if ([...this.known.values()].includes(id)) return true;
    return readdirSync(this.opts.dir).some((f) => f === `${id}.meta.yaml` || (ARTICLE_FILE.test(f) && f.replace(ARTICLE_FILE, "") === id));
  };

  /** Whether an address is in the corpus already; its article id if so. */
  knownAs(address: string): string | undefined {
    return this.known.get(canonicalUrl(address));
  }

  /** Adds one address or saved page; never throws. */
  async add(source: string): Promise<Outcome> {
    try {
      return await this.addOrThrow(source);
    } catch (e) {
      const problem = e instanceof InputError ? e.problem : (e as Error).message;
      return { kind: "failed", source, problem: problem.split("\n")[0]! };
    }
  }

  private async addOrThrow(source: string): Promise<Outcome> {
    const isUrl = /^https?:\/\//i.test(source);
    let html: string;
    let address: string | undefined;
    if (isUrl) {
      const before = this.knownAs(source);
      if (before) return { kind: "known", source, id: before };
      const got = await fetchBytes(source, { ...this.fetchOpts, accept: HTML_TYPES, expected: "not HTML" });
      html = decodePage(got.bytes, got.contentType);
      address = got.url;
    } else {
      let st;
      try {
        st = statSync(source);
      } catch {
        throw new InputError(source, "no such file, and not a web address");
      }
      const max = this.opts.maxBytes ?? 5_000_000;
      if (st.size > max) throw new InputError(source, `too large (${st.size} bytes; the limit is ${max})`);
      html = decodePage(readFileSync(source));
    }
    const page = readHtml(source, html);
    // The page's own canonical address, else the one it was fetched from.
    const meta: PageMeta = { ...page.meta };
    if (!meta.url && address) meta.url = address;
    for (const u of [meta.url, address]) {
      const before = u && this.knownAs(u);
      if (before) return { kind: "known", source, id: before };
    }
    mkdirSync(this.opts.dir, { recursive: true });
    const id = articleId(meta, this.taken);
    const file = join(this.opts.dir, `${id}.html`);
    const sidecar = sidecarFields(meta);
    // Extracted before anything is written: a page the build would refuse is not added.
    const result = extractOne({ id, file, raw: page.text, meta: sidecar }, this.opts.reg);
    const note = [
      `# Read from ${address ?? resolve(source)} on ${new Date().toISOString().slice(0, 10)} by npm run add; check and correct, then npm run ledger.`,
      meta.authors?.length ? `# authors on the page: ${meta.authors.join(", ")}` : "",
      meta.modified ? `# modified: ${meta.modified}` : "",
    ].filter(Boolean);
    writeAtomic(file, html);
    writeAtomic(join(this.opts.dir, `${id}.meta.yaml`), `${note.join("\n")}\n${toYaml(sidecar)}`);
    for (const u of [meta.url, address]) if (u) this.known.set(canonicalUrl(u), id);
    return { kind: "added", added: { source, id, file, meta, claims: result.claims } };
  }

  /** A feed's entries as addresses, newest first, kept by `since` (YYYY-MM-DD) and `match` (every word in the title or summary). */
  async feedEntries(feedUrl: string, filter: { since?: string; match?: string[] } = {}): Promise<string[]> {
    const got = await fetchBytes(feedUrl, { ...this.fetchOpts, accept: FEED_TYPES, expected: "not a feed" });
    const text = decodePage(got.bytes, got.contentType);
    let entries: FeedEntry[];
    try {
      entries = feedItems(text);
    } catch (e) {
      throw new InputError(feedUrl, `not an RSS, Atom or JSON feed (${(e as Error).message.split("\n")[0]})`);
    }
    const since = filter.since ? Date.parse(filter.since) : undefined;
    const words = (filter.match ?? []).map((w) => w.toLowerCase()).filter(Boolean);
    const out: string[] = [];
    for (const e of entries) {
      if (!e.link) continue;
      if (since !== undefined) {
        const t = e.date ? Date.parse(e.date) : NaN;
        if (Number.isNaN(t) || t < since) continue;
      }
      const hay = `${e.title ?? ""} ${e.summary ?? ""}`.toLowerCase();
      if (words.some((w) => !hay.includes(w))) continue;
      let link: string;
      try {
        link = new URL(e.link, got.url).href;
      } catch {
        continue;
      }
      if (!out.includes(link)) out.push(link);
    }
    return out;
  }
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export interface FeedEntry {
  link?: string;
  title?: string;
  summary?: string;
  date?: string;
}

const text = (v: unknown): string | undefined => (typeof v === "string" ? v : v && typeof v === "object" && "value" in v ? String((v as { value: unknown }).value) : undefined);

/** RSS, Atom, RDF or JSON Feed entries, read with feedsmith. */
export function feedItems(source: string): FeedEntry[] {
  const { format, feed } = parseFeed(source) as { format: string; feed: Record<string, unknown> };
  const list = ((format === "atom" ? feed["entries"] : feed["items"]) ?? []) as Array<Record<string, unknown>>;
  return list.map((i) => {
    if (format === "atom") {
      const links = (i["links"] ?? []) as Array<{ href?: string; rel?: string }>;
      const link = (links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href;
      return { link, title: text(i["title"]), summary: text(i["summary"]), date: text(i["published"]) ?? text(i["updated"]) };
    }
    if (format === "json") return { link: text(i["url"]) ?? text(i["external_url"]), title: text(i["title"]), summary: text(i["summary"]) ?? text(i["content_text"]), date: text(i["date_published"]) ?? text(i["date_modified"]) };
    const dc = i["dc"] as { date?: string; dates?: string[] } | undefined;
    return { link: text(i["link"]) ?? text((i["guid"] as { value?: string } | undefined)?.value), title: text(i["title"]), summary: text(i["description"]), date: text(i["pubDate"]) ?? dc?.date ?? dc?.dates?.[0] };
  });
}
