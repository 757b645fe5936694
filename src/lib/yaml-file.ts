// Content files in YAML (registries, sidecars, site.yaml): read, checked against
// their schema, and any problem reported as one line naming the file.
//
// Read with js-yaml, YAML 1.2's core schema (as the yaml package reads it: dates stay
// strings): the yaml package builds a whole document tree first, and took ~75 ms for a
// 40 KB speakers.yaml, js-yaml ~10 ms. Only overrides.yaml, whose errors name a line
// (overrides.ts), and the files the tools write go through the yaml package.
import { existsSync, readFileSync } from "node:fs";
import { CORE_SCHEMA, load } from "js-yaml";
import type { z } from "zod";
import { InputError, zodMessage } from "./errors.ts";

/** YAML text as data; throws on bad YAML. */
export const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

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
