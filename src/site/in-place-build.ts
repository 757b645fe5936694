// Rebuilding in place. Astro is told to leave the output folder as it is
// (vite.build.emptyOutDir: false in astro.config.mjs), and the pages whose keys
// are unchanged are not rendered again (kept-pages.ts), so they stay where they
// are. Once the build is done, this removes what it no longer produces (a
// removed article's pages, an earlier build's scripts), so the folder holds
// exactly what a build from scratch would write.
//
// What a build produced is listed in the cache folder; the next build into the
// same folder removes what was listed then and is not produced now. Without a
// list for that folder, every file older than the build that it did not
// produce is removed, and nothing of the folder is kept: the pages' keys are
// of the folder the caches were last used for.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroConfig, AstroIntegration } from "astro";
import { codeDigest, KeptPages } from "./kept-pages.ts";

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

interface Listed {
  out: string;
  files: string[];
}

function readList(file: string): Listed | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Listed;
  } catch {
    return null;
  }
}

/** Removes `file` and the folders it leaves empty, up to `out`. */
function remove(out: string, file: string): void {
  rmSync(file, { force: true });
  for (let d = dirname(file); d.startsWith(out) && d !== out && existsSync(d) && readdirSync(d).length === 0; d = dirname(d)) rmdirSync(d);
}

/** What goes into every page's links and markup besides the code. */
const settings = (c: AstroConfig) => ({ site: c.site, base: c.base, trailingSlash: c.trailingSlash, format: c.build.format, compressHTML: c.compressHTML });

export function inPlaceBuild(publicDir: string): AstroIntegration {
  let started = 0;
  /** the output folder held nothing when the build started: there is nothing of an earlier build to remove */
  let fresh = false;
  let cacheDir = "";
  let config: AstroConfig;
  let kept: KeptPages;
  return {
    name: "in-place-build",
    hooks: {
      "astro:config:done": ({ config: c }) => {
        config = c;
        cacheDir = fileURLToPath(c.cacheDir);
      },
      "astro:build:start": () => {
        started = Date.now();
        const out = fileURLToPath(config.outDir);
        fresh = !existsSync(out) || readdirSync(out).length === 0;
        kept = KeptPages.begin(cacheDir, out, codeDigest(fileURLToPath(config.root), settings(config)));
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        await kept.flushed();
        const out = fileURLToPath(dir);
        // pages and endpoints rendered, kept or written by the routes, the public folder's files, and this build's scripts and styles
        const produced = new Set([...assets.values()].flat().map((u) => relative(out, fileURLToPath(u))));
        for (const f of [...kept.kept, ...kept.written]) produced.add(f);
        for (const f of walk(publicDir)) produced.add(relative(publicDir, f));
        // (paths relative to `out` throughout: joining and relativising the ~16,000 listed files took ~40 ms)
        const assetsNow = walk(join(out, "_astro")).map((f) => relative(out, f));
        for (const f of assetsNow) if (statSync(join(out, f)).mtimeMs >= started) produced.add(f);

        const listFile = join(cacheDir, "outputs.json");
        const before = readList(listFile);
        const candidates =
          before?.out === out
            ? [...before.files, ...assetsNow]
            : fresh
              ? []
              : walk(out)
                  .filter((f) => statSync(f).mtimeMs < started)
                  .map((f) => relative(out, f));
        for (const f of candidates) if (!produced.has(f)) remove(out, join(out, f));
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(listFile, JSON.stringify({ out, files: [...produced] } satisfies Listed));
        kept.save();
        logger.info(`${kept.kept.length} unchanged pages kept from the last build`);
      },
    },
  };
}
