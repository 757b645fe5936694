// Content files in YAML (registries, sidecars, site.yaml): read, checked against
// their schema, and any problem reported as one line naming the file.
import { existsSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { InputError, zodMessage } from "./errors.ts";

/** The file's contents checked against `schema` (an empty file counts as `empty`), or undefined when there is no file. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>, empty: unknown): T | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, `cannot read YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const parsed = schema.safeParse(data ?? empty);
  if (!parsed.success) throw new InputError(file, zodMessage(parsed.error));
  return parsed.data;
}
