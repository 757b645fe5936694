// Tells the site's data (data.ts) where the project is, and, in the dev
// server, when the content folder changes: the next page made reads the
// corpus again, and open pages reload.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentChanged, contentDir, setSiteContext } from "./site-context.ts";

export function siteContent(): AstroIntegration {
  let root = "";
  return {
    name: "site-content",
    hooks: {
      "astro:config:setup": ({ config, command }) => {
        root = fileURLToPath(config.root);
        setSiteContext(root, command === "build");
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
