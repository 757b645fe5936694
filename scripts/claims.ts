// npm run --silent claims -- <file-or-dir>...   (default: content/articles)
// Prints { articles, claims } as JSON; warnings on stderr; one-line errors, exit 1.
import { fileURLToPath } from "node:url";
import { extractFiles, InputError, loadRegistry } from "../src/lib/index.ts";

const contentDir = fileURLToPath(new URL("../content", import.meta.url));
const args = process.argv.slice(2);
const paths = args.length ? args : [`${contentDir}/articles`];

try {
  const reg = loadRegistry(contentDir);
  const { articles, claims, warnings } = extractFiles(paths, reg);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(`${JSON.stringify({ articles, claims }, null, 2)}\n`);
} catch (e) {
  const msg = e instanceof InputError ? e.message : `error: ${(e as Error).message ?? e}`;
  process.stderr.write(`${msg.split("\n")[0]}\n`);
  process.exit(1);
}
