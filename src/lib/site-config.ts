// What a story's site calls itself: `site.yaml` in the content folder (name and
// a one-line description). A folder without it gets a neutral name, so any
// folder of articles builds a site.
import { join } from "node:path";
import { z } from "zod";
import { readYamlFile } from "./yaml-file.ts";

export const SiteConfig = z
  .object({
    name: z.string().min(1).default("Who said what"),
    description: z.string().min(1).default("Statements reported in the news, who made them and when."),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;

export function loadSiteConfig(contentDir: string): SiteConfig {
  return readYamlFile(join(contentDir, "site.yaml"), SiteConfig, {}) ?? SiteConfig.parse({});
}
