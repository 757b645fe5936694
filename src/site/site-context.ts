// Where the project and its content are, whether it is being built, and how
// often its content changed: set by the site's integration
// (content-integration.ts) and read by the pages' copy of this module (bundled
// apart from the integration's), hence on globalThis. Kept apart from the
// corpus (corpus.ts), so that loading the integration with the Astro config
// does not load the extraction library as well (~0.15 s of every build).
import { join } from "node:path";

/** Where the content is: `content/` in the project, or CLAIMS_CONTENT_DIR (the bench uses this). */
export const contentDir = (root: string) => process.env.CLAIMS_CONTENT_DIR ?? join(root, "content");

interface SiteContext {
  root: string;
  /** `astro build` (not the dev server) */
  building: boolean;
  version: number;
}
const SLOT = Symbol.for("news-claims.site-context");
const context = (): SiteContext => ((globalThis as Record<symbol, SiteContext>)[SLOT] ??= { root: process.cwd(), building: false, version: 0 });

/** The project's root folder: the build may run from another folder (`astro build --root`). */
export const projectRoot = () => context().root;
export const building = () => context().building;
export function setSiteContext(root: string, isBuild: boolean): void {
  Object.assign(context(), { root, building: isBuild });
}
/** Bumped when the dev server sees the content folder change: the site's data is made again. */
export const contentVersion = () => context().version;
export function contentChanged(): void {
  context().version++;
}
