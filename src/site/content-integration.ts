// Tells the site's data (data.ts) where the project is, and, in the dev
// server, when the content folder changes: the next page made reads the
// corpus again, and open pages reload.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentChanged, contentDir, setSiteContext, siteCorpus } from "./corpus.ts";
import { startSiteFilesWorker } from "./site-files.ts";

export function siteContent(): AstroIntegration {
  let root = "";
  return {
    name: "site-content",
    hooks: {
      "astro:config:setup": ({ config, command }) => {
        root = fileURLToPath(config.root);
        setSiteContext(root, command === "build");
      },
      // The corpus is read, extracted and published while Vite bundles the pages, in a worker
      // thread (this thread is Vite's), rather than once the first page asks for it; the pages
      // take the same run. (Its errors are reported where the pages read it: data.ts.)
      // The whole-corpus files' worker starts now too, to load its modules (site-files.ts).
      "astro:build:start": () => {
        siteCorpus(root, true).catch(() => {});
        startSiteFilesWorker(root);
      },
      "astro:server:setup": ({ server }) => {
        const dir = contentDir(root);
        server.watcher.add(dir);
        server.watcher.on("all", (_event, path) => {
          if (!path.startsWith(dir)) return;
          contentChanged();
          server.ws.send({ type: "full-reload" });
        });
      },
    },
  };
}
