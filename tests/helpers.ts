import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRegistry } from "../src/lib/index.ts";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const shared = join(root, "..", "shared");
export const registry = loadRegistry(join(root, "content"));

/** Runs the CLI exactly as the README does, on the pinned Node. */
export function runCli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "scripts/claims.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "claims-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}
