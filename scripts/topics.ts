// npm run topics -- suggest [--max N]
// Reads the content folder (CLAIMS_CONTENT_DIR, default content/), extracts its
// claims and prints proposed topics for the claims no topic covers, as YAML to
// edit and paste into topics.yaml.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFilesParallel, InputError, loadRegistry } from "../src/lib/index.ts";
import { suggestTopics, suggestionsYaml } from "../src/lib/publish/topic-suggest.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const [command, ...rest] = process.argv.slice(2);
if (command !== "suggest") {
  console.error("usage: npm run topics -- suggest [--max N]");
  process.exit(2);
}
const maxAt = rest.indexOf("--max");
const max = maxAt >= 0 ? Number(rest[maxAt + 1]) : 5;
try {
  const dir = process.env.CLAIMS_CONTENT_DIR ?? join(root, "content");
  const { claims } = await extractFilesParallel([join(dir, "articles")], loadRegistry(dir));
  const uncovered = claims.filter((c) => c.topics.length === 0).length;
  console.error(`${uncovered} of ${claims.length} claims have no topic`);
  process.stdout.write(`${suggestionsYaml(suggestTopics(claims, max))}\n`);
} catch (e) {
  if (e instanceof InputError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
