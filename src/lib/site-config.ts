// What a story's site calls itself: `site.yaml` in the content folder (name and
// a one-line description). A folder without it gets a neutral name, so any
// folder of articles builds a site.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { InputError, zodMessage } from "./errors.ts";

export const SiteConfig = z
  .object({
    name: z.string().min(1).default("Who said what"),
    description: z.string().min(1).default("Statements reported in the news, who made them and when."),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;

export function loadSiteConfig(contentDir: string): SiteConfig {
  const file = join(contentDir, "site.yaml");
  if (!existsSync(file)) return SiteConfig.parse({});
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, `cannot read YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const parsed = SiteConfig.safeParse(data ?? {});
  if (!parsed.success) throw new InputError(file, zodMessage(parsed.error));
  return parsed.data;
}
