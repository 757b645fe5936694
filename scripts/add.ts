// npm run add -- <url-or-file>...  [--feed <url>]... [--feeds] [--since YYYY-MM-DD] [--match "words"]
//                                   [--timeout <seconds>] [--max-bytes <n>]
// Fetches each address (or copies a saved page) into $CLAIMS_CONTENT_DIR/articles
// (default content/articles) as <id>.html + <id>.meta.yaml, and prints what was
// read. An address already in the corpus (same canonical URL) is skipped. A
// failure is one line on stderr naming the address; the others still go in; the
// exit code is 1 when any failed. --feed reads an RSS, Atom or JSON Feed and adds
// its entries; --feeds reads every feed listed in $CLAIMS_CONTENT_DIR/feeds.yaml.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { InputError, loadRegistry } from "../src/lib/index.ts";
import { Adder, type Outcome } from "../src/lib/corpus/add.ts";

const contentDir = process.env.CLAIMS_CONTENT_DIR ?? fileURLToPath(new URL("../content", import.meta.url));
const dir = join(contentDir, "articles");

interface FeedSpec {
  url: string;
  since?: string;
  match?: string[];
}

function parseArgs(argv: string[]) {
  const sources: string[] = [];
  const feeds: FeedSpec[] = [];
  let since: string | undefined;
  let match: string[] | undefined;
  let allFeeds = false;
  let timeoutMs: number | undefined;
  let maxBytes: number | undefined;
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new InputError(flag, "needs a value");
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--feed") feeds.push({ url: value(i++, a) });
    else if (a === "--feeds") allFeeds = true;
    else if (a === "--since") {
      since = value(i++, a);
      if (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(Date.parse(since))) throw new InputError("--since", `expected a date YYYY-MM-DD, got "${since}"`);
    } else if (a === "--match") match = value(i++, a).split(/[\s,]+/).filter(Boolean);
    else if (a === "--timeout") timeoutMs = Number(value(i++, a)) * 1000;
    else if (a === "--max-bytes") maxBytes = Number(value(i++, a));
    else if (a.startsWith("--")) throw new InputError(a, "unknown option");
    else sources.push(a);
  }
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new InputError("--timeout", "expected seconds > 0");
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new InputError("--max-bytes", "expected a number of bytes > 0");
  if (allFeeds) feeds.push(...readFeedList(join(contentDir, "feeds.yaml")));
  for (const f of feeds) {
    f.since ??= since;
    f.match ??= match;
  }
  if (allFeeds && !feeds.length && !sources.length) {
    process.stdout.write(`${join(contentDir, "feeds.yaml")} lists no feeds: nothing to read.\n`);
    process.exit(0);
  }
  if (!sources.length && !feeds.length) throw new InputError("npm run add", "give addresses or saved pages, --feed <url> or --feeds");
  return { sources, feeds, timeoutMs, maxBytes };
}

/** content/feeds.yaml: a list of feed addresses, or of { url, since?, match? }. */
function readFeedList(file: string): FeedSpec[] {
  if (!existsSync(file)) throw new InputError(file, "no such file (list the feeds to read there)");
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, `cannot read YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const list = data == null ? [] : Array.isArray(data) ? data : (data as { feeds?: unknown }).feeds;
  if (!Array.isArray(list)) throw new InputError(file, "expected a list of feeds (addresses, or { url, since, match })");
  return list.map((f, i) => {
    if (typeof f === "string") return { url: f };
    const o = f as { url?: unknown; since?: unknown; match?: unknown };
    if (typeof o?.url !== "string") throw new InputError(file, `feed ${i + 1}: needs a url`);
    const since = o.since instanceof Date ? o.since.toISOString().slice(0, 10) : typeof o.since === "string" ? o.since : undefined;
    const match = typeof o.match === "string" ? o.match.split(/[\s,]+/).filter(Boolean) : Array.isArray(o.match) ? o.match.map(String) : undefined;
    return { url: o.url, ...(since ? { since } : {}), ...(match ? { match } : {}) };
  });
}

function report(o: Outcome): void {
  if (o.kind === "failed") {
    process.stderr.write(`${o.source}: ${o.problem}\n`);
    return;
  }
  if (o.kind === "known") {
    process.stdout.write(`skipped ${o.source}: already in the corpus as ${o.id}\n`);
    return;
  }
  const { id, file, meta, claims } = o.added;
  const speakers = [...new Set(claims.map((c) => c.speaker.name))];
  process.stdout.write(
    `added ${id}\n` +
      `  title:    ${meta.title ?? "(none found)"}\n` +
      `  outlet:   ${meta.outlet ?? "(none found)"}\n` +
      `  date:     ${meta.published ?? "(none found)"}\n` +
      `  claims:   ${claims.length}${speakers.length ? ` by ${speakers.length} speaker${speakers.length > 1 ? "s" : ""}: ${speakers.join(", ")}` : ""}\n` +
      `  files:    ${relative(process.cwd(), file)} + ${id}.meta.yaml\n`,
  );
}

let failed = false;
try {
  const args = parseArgs(process.argv.slice(2));
  const adder = new Adder({ dir, reg: loadRegistry(contentDir), timeoutMs: args.timeoutMs, maxBytes: args.maxBytes });
  const sources = [...args.sources];
  for (const feed of args.feeds) {
    try {
      const entries = await adder.feedEntries(feed.url, feed);
      const fresh = entries.filter((e) => !adder.knownAs(e));
      process.stdout.write(`feed ${feed.url}: ${entries.length} entr${entries.length === 1 ? "y" : "ies"} kept, ${fresh.length} not in the corpus yet\n`);
      sources.push(...fresh.filter((e) => !sources.includes(e)));
    } catch (e) {
      failed = true;
      process.stderr.write(`${e instanceof InputError ? e.message : `${feed.url}: ${(e as Error).message}`}\n`.split("\n")[0] + "\n");
    }
  }
  // Different hosts side by side; one request at a time per host (fetch.ts).
  const outcomes = await Promise.all(sources.map((s) => adder.add(s)));
  for (const o of outcomes) {
    report(o);
    if (o.kind === "failed") failed = true;
  }
  const added = outcomes.filter((o) => o.kind === "added").length;
  process.stdout.write(
    added
      ? `${added} article${added > 1 ? "s" : ""} added. Check the .meta.yaml files, then run \`npm run ledger\` and commit.\n`
      : "Nothing added.\n",
  );
} catch (e) {
  failed = true;
  process.stderr.write(`${(e instanceof InputError ? e.message : `error: ${(e as Error).message}`).split("\n")[0]}\n`);
}
process.exit(failed ? 1 : 0);
