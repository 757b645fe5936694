// npm run --silent claims -- [--overrides FILE] [--shard k/n] <file-or-dir>...   (default: content/articles)
// Prints { articles, claims } as JSON: what the extractor finds, or with
// --overrides, what the editors publish. Warnings on stderr; one-line errors, exit 1.
// The registry (speakers.yaml, topics.yaml) and the default articles come from
// content/, or from CLAIMS_CONTENT_DIR as for the build and the ledger.
// --shard k/n extracts the k-th of n slices of the articles into the build's
// extraction cache (CLAIMS_CACHE_DIR or node_modules/.cache/news-claims), so n
// machines can share the extraction and one build then finds it all cached.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFilesParallel, fileCache, InputError, listArticleFiles, loadRegistry } from "../src/lib/index.ts";
import { applyOverrides, readOverrides } from "../src/lib/publish/overrides.ts";
import { parseShard, shardFiles } from "../src/lib/corpus/shard.ts";
import { cacheDir, extractorVersion } from "../src/site/corpus.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const contentDir = process.env.CLAIMS_CONTENT_DIR ?? join(root, "content");
const args = process.argv.slice(2);
/** Takes `--name value` out of the arguments; "" when the value is missing. */
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : (args.splice(i, 2)[1] ?? "");
};
const overrides = option("--overrides");
const shardArg = option("--shard");
const paths = args.length ? args : [`${contentDir}/articles`];

/** "extracted 120 of 1000 articles" on one line of the terminal, redrawn at most ten times a second. */
function progressLine(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    process.stderr.write(`\rextracted ${done} of ${total} articles${done === total ? "\n" : ""}`);
  };
}

try {
  if (overrides === "") throw new InputError("--overrides", "needs a file");
  const shard = shardArg === undefined ? undefined : parseShard(shardArg);
  const reg = loadRegistry(contentDir);
  const files = shard ? shardFiles(listArticleFiles(paths), shard) : paths;
  const cache = shard ? { cache: fileCache(cacheDir(root)), version: extractorVersion(root) } : {};
  const extracted = await extractFilesParallel(files, reg, { ...cache, ...(process.stderr.isTTY ? { onProgress: progressLine() } : {}) });
  const { articles, warnings } = extracted;
  if (shard) process.stderr.write(`shard ${shard.index}/${shard.count}: ${articles.length} articles (${extracted.stats.extracted} extracted, ${extracted.stats.cached} from cache)\n`);
  const claims = overrides ? applyOverrides(extracted.claims, readOverrides(overrides, reg), reg, overrides).claims : extracted.claims;
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify({ articles, claims }, null, 2)}\n`);
} catch (e) {
  const msg = e instanceof InputError ? e.message : `error: ${(e as Error).message ?? e}`;
  process.stderr.write(`${msg.split("\n")[0]}\n`);
  process.exit(1);
}
