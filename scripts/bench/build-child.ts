// Runs one Astro build in this process and reports its time and peak memory.
// usage: node scripts/bench/build-child.ts <root>   (env as for a normal build)
import module from "node:module";
// as `astro build` does (node_modules/astro/bin/astro.mjs), for ours and the bare build alike
module.enableCompileCache?.();
const { build } = await import("astro");

const root = process.argv[2] ?? process.cwd();
const t = performance.now();
await build({ root, logLevel: "error" });
const seconds = (performance.now() - t) / 1000;
console.log(`BENCH ${JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })}`);
