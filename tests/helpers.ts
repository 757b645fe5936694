import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRegistry } from "../src/lib/index.ts";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const shared = join(root, "..", "shared");
/** The tests' own content folder (invented articles and registry; see its README). */
export const corpus = join(root, "tests/fixtures/corpus");
export const corpusArticles = join(corpus, "articles");
export const registry = loadRegistry(corpus);

/**
 * Runs the CLI as the README does, on the pinned Node, with the test corpus as
 * its content folder (its registry, and its articles when no path is given).
 */
export function runCli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliIn(corpus, ...args);
}

export function runCliIn(contentDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runScript("claims.ts", contentDir, ...args);
}

/** Runs one of scripts/ on the pinned Node with `contentDir` as its content folder, collecting its output. */
export function runScript(script: string, contentDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runScriptEnv(script, { CLAIMS_CONTENT_DIR: contentDir }, ...args);
}

/** The same, with more environment variables (CLAIMS_CACHE_DIR, …). */
export function runScriptEnv(script: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runNode([join(root, "scripts", script), ...args], env);
}

/** Runs the pinned Node with `args` in the project folder, collecting its output. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const made: string[] = [];

/** A new folder under the system's temporary folder, removed once its test file is done (tests/setup.ts). */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "claims-"));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

/** Removes the folders tempDir made. */
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
