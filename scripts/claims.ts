// npm run --silent claims -- [--overrides FILE] <file-or-dir>...   (default: content/articles)
// Prints { articles, claims } as JSON: what the extractor finds, or with
// --overrides, what the editors publish. Warnings on stderr; one-line errors, exit 1.
// The registry (speakers.yaml, topics.yaml) and the default articles come from
// content/, or from CLAIMS_CONTENT_DIR as for the build and the ledger.
import { fileURLToPath } from "node:url";
import { extractFilesParallel, InputError, loadRegistry } from "../src/lib/index.ts";
import { applyOverrides, readOverrides } from "../src/lib/publish/overrides.ts";

const contentDir = process.env.CLAIMS_CONTENT_DIR ?? fileURLToPath(new URL("../content", import.meta.url));
const args = process.argv.slice(2);
const o = args.indexOf("--overrides");
const overrides = o >= 0 ? args.splice(o, 2)[1] : undefined;
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
  const reg = loadRegistry(contentDir);
  if (o >= 0 && !overrides) throw new InputError("--overrides", "needs a file");
  const extracted = await extractFilesParallel(paths, reg, process.stderr.isTTY ? { onProgress: progressLine() } : {});
  const { articles, warnings } = extracted;
  const claims = overrides ? applyOverrides(extracted.claims, readOverrides(overrides, reg), reg, overrides).claims : extracted.claims;
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify({ articles, claims }, null, 2)}\n`);
} catch (e) {
  const msg = e instanceof InputError ? e.message : `error: ${(e as Error).message ?? e}`;
  process.stderr.write(`${msg.split("\n")[0]}\n`);
  process.exit(1);
}
