// Builds the site from a content folder of the tests' own into a temporary
// folder (as `astro build` builds content/ into dist/), for browser tests whose
// expectations must not depend on what content/ holds.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { root, tempDir } from "../helpers.ts";

export interface BuiltSite {
  /** the content folder built (a copy, which the caller may have added to) */
  content: string;
  out: string;
  /** what the build printed */
  log: string;
  claims: Array<Record<string, any> & { id: string; article: string; speaker: { id: string; name: string } }>;
}

/** Copies `from` (a content folder), lets `prepare` add to the copy, and builds it;
 * `env` adds to the build's environment (SITE_URL, BASE_PATH). */
export function buildFixtureSite(from: string, prepare: (content: string) => void = () => {}, env: Record<string, string> = {}): BuiltSite {
  const work = tempDir();
  const content = join(work, "content");
  cpSync(from, content, { recursive: true });
  prepare(content);
  const out = join(work, "dist");
  const log = buildContent(content, out, { extract: join(work, "cache"), astro: join(work, "astro") }, env);
  return { content, out, log, claims: JSON.parse(readFileSync(join(out, "claims.json"), "utf8")).claims };
}

/** Builds `content` into `out` with the given caches (the extraction cache and Astro's, which
 * holds the incremental build's copies); returns what the build printed. */
export function buildContent(content: string, out: string, caches: { extract: string; astro: string }, env: Record<string, string> = {}): string {
  const r = runBuild(content, out, caches, env);
  if (r.status !== 0) throw new Error(`astro build of ${content} failed:\n${r.stderr.slice(-2000)}`);
  return r.stdout + r.stderr;
}

/** `astro build` of `content` into `out`: its exit status and what it printed. */
export function runBuild(content: string, out: string, caches: { extract: string; astro: string }, env: Record<string, string> = {}) {
  // Vitest puts Vite's env (BASE_URL=/ among it) into process.env, where Astro would read it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR"].includes(k)));
  // Run from a folder of its own inside the project: Astro puts the prerender chunks of a build
  // whose output lies outside the working directory in <cwd>/.astro/.prerender, which builds
  // running side by side (another fixture site, the bench smoke run) would otherwise share and
  // delete under each other; inside the project, the chunks still find node_modules.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const cwd = mkdtempSync(join(root, "node_modules/.cache/fixture-build-"));
  const r = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", "--root", root], {
    cwd,
    env: { ...inherited, SITE_URL: "", BASE_PATH: "", ...env, CLAIMS_CONTENT_DIR: content, CLAIMS_OUT_DIR: out, CLAIMS_CACHE_DIR: caches.extract, CLAIMS_ASTRO_CACHE: caches.astro },
    encoding: "utf8",
  });
  rmSync(cwd, { recursive: true, force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
