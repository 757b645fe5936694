// Rebuilding in place, page by page. A page with a key (page-keys.ts: a digest
// of everything it shows) is left as it is when the last build into the same
// output folder, with the same code, gave it the same key and its file is still
// there: its route's getStaticPaths leaves it out, so Astro does not render it.
// A build's keys are saved only once it has completed (astro:build:done).
//
// The integration (in-place-build.ts) and the routes run in one process but
// from separate copies of this module (the routes' is bundled), so the build's
// one KeptPages lives on globalThis.
import { createHash } from "node:crypto";
import { access, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

interface Saved {
  out: string;
  code: string;
  keys: Record<string, string>;
}

const SLOT = Symbol.for("news-claims.kept-pages");
const slot = globalThis as { [SLOT]?: KeptPages };

/** The file a route writes for `params`: "/claims/[id]/" → claims/<id>/index.html, "/search/[file].json" → search/<file>.json. */
export function outputFile(route: string, params: Record<string, string>): string {
  const path = route.replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? "").replace(/^\//, "");
  return path.endsWith("/") ? `${path}index.html` : path;
}

/**
 * A digest of everything besides a page's own data that shapes every page: the
 * site's code (src/), its Astro config and dependencies, and the settings that
 * go into every link. A change to any of them renders every page again.
 */
export function codeDigest(root: string, settings: unknown): string {
  const h = createHash("sha256").update(JSON.stringify(settings));
  const src = join(root, "src");
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, join(root, "astro.config.mjs"), join(root, "package-lock.json")])
    if (existsSync(f)) h.update(f.slice(root.length)).update(readFileSync(f));
  return h.digest("hex");
}

/**
 * Which of `files` (under `out`) are gone. The questions are asked in slices, from
 * the next turn of the event loop on, so that the build goes on meanwhile: Vite
 * bundles in its own threads, leaving this one idle. (A promise per file, all at
 * once, held the build up ~0.1 s at 17,000 pages, twice what callbacks cost.)
 */
export async function missingFiles(out: string, files: string[], slice = 2000): Promise<Set<string>> {
  const gone = new Set<string>();
  const dir = join(out, "/");
  for (let from = 0; from < files.length; from += slice) {
    await new Promise((next) => setImmediate(next));
    const part = files.slice(from, from + slice);
    await new Promise<void>((done) => {
      let left = part.length;
      for (const f of part)
        access(dir + f, (e) => {
          if (e) gone.add(f);
          if (--left === 0) done();
        });
    });
  }
  return gone;
}

export class KeptPages {
  readonly out: string;
  /** the files of pages left as they were, relative to `out` */
  readonly kept: string[] = [];
  /** the files written by `write`, relative to `out` */
  readonly written: string[] = [];
  readonly #writes: Promise<void>[] = [];
  readonly #file: string;
  readonly #code: string;
  readonly #previous: Map<string, string>;
  readonly #next = new Map<string, string>();
  /** the last build's files found missing, once all are checked (see the constructor) */
  #missing: Set<string> | null = null;
  /** settled when every file of the last build has been checked */
  readonly checked: Promise<void>;

  constructor(cacheDir: string, out: string, code: string) {
    this.out = out;
    this.#file = join(cacheDir, "page-keys.json");
    this.#code = code;
    let saved: Saved | null = null;
    try {
      saved = JSON.parse(readFileSync(this.#file, "utf8")) as Saved;
    } catch {
      // no earlier build with these caches: every page is rendered
    }
    const usable = saved?.out === out && saved.code === code;
    this.#previous = new Map(usable ? Object.entries(saved!.keys) : []);
    // Whether each of the last build's files is still there, asked of the file system's
    // threads while Vite bundles (one existsSync per page on this thread cost ~0.4 s at
    // 15,000 pages); a page asked about before the answers are in is checked on the spot.
    this.checked = missingFiles(out, [...this.#previous.keys()]).then((gone) => {
      this.#missing = gone;
    });
  }

  /** Starts a build's record; the routes find it with `KeptPages.current()`. */
  static begin(cacheDir: string, out: string, code: string): KeptPages {
    const kept = new KeptPages(cacheDir, out, code);
    // Until this build completes, the folder holds pages no saved key describes.
    rmSync(kept.#file, { force: true });
    slot[SLOT] = kept;
    return kept;
  }

  /** The running build's record; none in the dev server, which renders every page it is asked for. */
  static current(): KeptPages | undefined {
    return slot[SLOT];
  }

  /** Records `file`'s key; true if the page can be left as the last build wrote it. */
  keep(file: string, key: string): boolean {
    this.#next.set(file, key);
    const same = this.#previous.get(file) === key && (this.#missing ? !this.#missing.has(file) : existsSync(join(this.out, file)));
    if (same) this.kept.push(file);
    return same;
  }

  /**
   * Files whose text is made before rendering (the search index's, the exports) are written here, all at
   * once, rather than as Astro endpoints: Astro wrote them ~1 ms apart (864 files at 1,000
   * articles: ~0.8 s of a rebuild, when a new article renumbers most of them), the file
   * system's threads write them in ~0.15 s. Those unchanged since the last build are kept.
   * `key` is given the text's UTF-8 bytes, which are written as they are (the exports' ~17 MB
   * at 1,000 articles were encoded once for the key and again for the file).
   */
  write(files: Array<[file: string, text: string]>, key: (bytes: Uint8Array) => string): void {
    const folders = new Map<string, Promise<unknown>>();
    for (const [file, text] of files) {
      const bytes = Buffer.from(text);
      if (this.keep(file, key(bytes))) continue;
      this.written.push(file);
      const path = join(this.out, file);
      const folder = dirname(path);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      const written = folders.get(folder)!.then(() => writeFile(path, bytes));
      // (a failed write fails the build in flushed(), not as an unhandled rejection before it)
      written.catch(() => {});
      this.#writes.push(written);
    }
  }

  /** Settled once every file given to `write` is written. */
  flushed(): Promise<unknown> {
    return Promise.all(this.#writes);
  }

  /** Saves this build's keys for the next build (call once the build has completed). */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const saved: Saved = { out: this.out, code: this.#code, keys: Object.fromEntries(this.#next) };
    writeFileSync(this.#file, JSON.stringify(saved));
    delete slot[SLOT];
  }
}
