// Reading article files and their sidecars, with one clear error per bad input.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { ArticleMeta } from "../schema.ts";
import { InputError } from "../errors.ts";
import { readYamlFile } from "../yaml-file.ts";
import type { ArticleInput } from "../nlp/extract.ts";
import { readHtml, sidecarFields } from "./html.ts";
import { readMarkdown } from "./markdown.ts";

/** The charset a page's `<meta charset>` (or http-equiv Content-Type) names, when the decoder knows it; else UTF-8. */
export function pageCharset(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  if (!label) return "utf-8";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
}

/** File names read as articles: page text, a web page, Markdown with front matter. */
export const ARTICLE_FILE = /\.(txt|html?|md)$/i;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Article files named by the given paths: files as they are, folders' `*.txt`, `*.html`, `*.htm` and `*.md` files. */
export function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p, "no such file or folder");
    }
    if (st.isDirectory()) {
      const txt = readdirSync(p)
        .filter((f) => ARTICLE_FILE.test(f))
        .sort()
        .map((f) => join(p, f));
      files.push(...txt);
    } else files.push(p);
  }
  return files;
}

export function decodeArticle(file: string, bytes: Uint8Array, charset = "utf-8"): string {
  if (bytes.includes(0)) throw new InputError(file, "binary file (contains NUL bytes), not article text");
  let text: string;
  try {
    text = (/^utf-?8$/i.test(charset) ? utf8 : new TextDecoder(charset, { fatal: true })).decode(bytes);
  } catch {
    throw new InputError(file, `not valid ${/^utf-?8$/i.test(charset) ? "UTF-8" : charset} text`);
  }
  if (!text.replace(/^\uFEFF/, "").trim()) throw new InputError(file, "empty article (no text)");
  // Control characters other than white space mean this is not text.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) throw new InputError(file, "binary file, not article text");
  return text;
}

export function readArticleBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The article's id: its file name less the extension. */
export function articleId(file: string): string {
  const id = basename(file).replace(/\.(txt|html?|md)$/i, "");
  if (!/^[\p{L}\p{N}_.-]+$/u.test(id) || /^\.+$/.test(id))
    throw new InputError(file, `article id "${id}" must be letters, digits, "_", "-" or "." only`);
  return id;
}

export function readMeta(metaFile: string): ArticleMeta | undefined {
  return readYamlFile(metaFile, ArticleMeta, {});
}

/** An article's sidecar: `<id>.meta.yaml` beside it. */
export const sidecarFile = (file: string, id: string) => resolve(file, "..", `${id}.meta.yaml`);

export function readArticle(file: string, bytes?: Uint8Array): ArticleInput {
  const { id, raw, found } = readArticleText(file, bytes);
  const sidecar = readMeta(sidecarFile(file, id));
  const meta = found || sidecar ? { ...found, ...sidecar } : undefined;
  return { id, file, raw, ...(meta ? { meta } : {}) };
}

/** The article's text as extraction reads it, and what a page or Markdown file says of itself; not its sidecar. */
export function readArticleText(file: string, bytes = readArticleBytes(file)): { id: string; raw: string; found?: ArticleMeta } {
  const ext = file.match(ARTICLE_FILE)?.[1]?.toLowerCase();
  // A saved page may be in the charset its <meta charset> names (windows-1252, …).
  const text = ext === "html" || ext === "htm" ? decodeArticle(file, bytes, pageCharset(bytes)) : decodeArticle(file, bytes);
  const id = articleId(file);
  // A page or a Markdown file is read into text first; its claims' spans point
  // into that text (see html.ts), and the sidecar overrides what it says.
  if (ext === "html" || ext === "htm") {
    const page = readHtml(file, text);
    return { id, raw: page.text, found: sidecarFields(page.meta) };
  }
  if (ext === "md") {
    const md = readMarkdown(file, text);
    return { id, raw: md.text, found: md.meta };
  }
  return { id, raw: text };
}
