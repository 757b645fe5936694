// Reading article files and their sidecars, with one clear error per bad input.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ArticleMeta } from "../schema.ts";
import { InputError, zodMessage } from "../errors.ts";
import type { ArticleInput } from "../nlp/extract.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Article files named by the given paths: files as they are, folders' `*.txt` files. */
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
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => join(p, f));
      files.push(...txt);
    } else files.push(p);
  }
  return files;
}

export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(file, "binary file (contains NUL bytes), not article text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(file, "not valid UTF-8 text");
  }
  if (!text.replace(/^\uFEFF/, "").trim()) throw new InputError(file, "empty article (no text)");
  // Control characters other than white space mean this is not text.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) throw new InputError(file, "binary file, not article text");
  return text;
}

export function readMeta(metaFile: string): ArticleMeta | undefined {
  if (!existsSync(metaFile)) return undefined;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(metaFile, "utf8"));
  } catch (e) {
    throw new InputError(metaFile, `cannot read YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const parsed = ArticleMeta.safeParse(data ?? {});
  if (!parsed.success) throw new InputError(metaFile, zodMessage(parsed.error));
  return parsed.data;
}

export function readArticle(file: string): ArticleInput {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const raw = decodeArticle(file, bytes);
  const id = basename(file).replace(/\.txt$/i, "");
  if (!/^[\p{L}\p{N}_.-]+$/u.test(id) || /^\.+$/.test(id))
    throw new InputError(file, `article id "${id}" must be letters, digits, "_", "-" or "." only`);
  const meta = readMeta(resolve(file, "..", `${id}.meta.yaml`));
  return { id, file, raw, ...(meta ? { meta } : {}) };
}
