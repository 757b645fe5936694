// npm run ledger: records every published claim id in content/claim-ids.json
// (new ids live; gone ids moved to their successor or withdrawn). Commit it.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InputError } from "../src/lib/index.ts";
import { ledgerFile, publish } from "../src/lib/publish/content.ts";

const dir = process.env.CLAIMS_CONTENT_DIR ?? fileURLToPath(new URL("../content", import.meta.url));
try {
  const { ledger, nextLedger } = await publish(dir);
  const count = (l: typeof ledger, s: string) => Object.values(l).filter((e) => e.status === s).length;
  writeFileSync(ledgerFile(dir), `${JSON.stringify(nextLedger, null, 1)}\n`);
  const added = Object.keys(nextLedger).filter((id) => !ledger[id]).length;
  console.log(`${ledgerFile(dir)}: ${Object.keys(nextLedger).length} ids (${count(nextLedger, "live")} live, ${count(nextLedger, "moved")} moved, ${count(nextLedger, "withdrawn")} withdrawn; ${added} new)`);
} catch (e) {
  console.error(e instanceof InputError ? e.message : `error: ${(e as Error).message}`);
  process.exit(1);
}
