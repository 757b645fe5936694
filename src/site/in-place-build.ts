// Rebuilding in place. Astro is told to leave the output folder as it is
// (vite.build.emptyOutDir: false in astro.config.mjs), so the pages the
// incremental build finds unchanged stay where they are instead of being
// copied. Once the build is done, this removes what it no longer produces
// (a removed article's pages, an earlier build's scripts), so the folder holds
// exactly what a build from scratch would write.
//
// What a build produced is listed in the cache folder; the next build into the
// same folder removes what was listed then and is not produced now. Without a
// list for that folder, every file older than the build that it did not
// produce is removed, and nothing of the folder is kept: the incremental
// build's record is of the folder the caches were last used for.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

function isLinkTo(link: string, target: string): boolean {
  try {
    return lstatSync(link).isSymbolicLink() && readlinkSync(link) === target;
  } catch {
    return false;
  }
}

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

export function inPlaceBuild(publicDir: string): AstroIntegration {
  let started = 0;
  let cacheDir = "";
  return {
    name: "in-place-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        // Astro keeps a copy of every keyed page in <cacheDir>/dist, to restore it into an output folder
        // that lacks it. Built in place, the output folder is that copy (a second copy of 16,000 pages
        // would double the site's size on disk); a page missing from it is rendered again.
        const copies = join(cacheDir, "dist");
        const out = fileURLToPath(config.outDir);
        mkdirSync(cacheDir, { recursive: true });
        mkdirSync(out, { recursive: true });
        if (!isLinkTo(copies, out)) {
          rmSync(copies, { recursive: true, force: true });
          symlinkSync(out, copies, "dir");
        }
        // The pages kept are the last build's: if that build wrote another folder, this one's may be older.
        if (readList(join(cacheDir, "outputs.json"))?.out !== out) rmSync(join(cacheDir, "incremental-build.json"), { force: true });
      },
      "astro:build:start": () => {
        started = Date.now();
      },
      "astro:build:done": ({ dir, assets }) => {
        const out = fileURLToPath(dir);
        // pages and endpoints (rendered or kept), the public folder's files, and this build's scripts and styles
        const produced = new Set([...assets.values()].flat().map((u) => relative(out, fileURLToPath(u))));
        for (const f of walk(publicDir)) produced.add(relative(publicDir, f));
        const assetsNow = walk(join(out, "_astro"));
        for (const f of assetsNow) if (statSync(f).mtimeMs >= started) produced.add(relative(out, f));

        const listFile = join(cacheDir, "outputs.json");
        const before = readList(listFile);
        const candidates =
          before?.out === out
            ? [...before.files.map((f) => join(out, f)), ...assetsNow]
            : walk(out).filter((f) => statSync(f).mtimeMs < started);
        for (const f of candidates) if (!produced.has(relative(out, f))) remove(out, f);
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(listFile, JSON.stringify({ out, files: [...produced] } satisfies Listed));
      },
    },
  };
}
