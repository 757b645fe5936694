import { readFileSync, writeFileSync } from "node:fs";
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const p = lock.packages;
const plat = {
  "android-arm64": [["android"], ["arm64"]],
  "darwin-arm64": [["darwin"], ["arm64"]],
  "darwin-x64": [["darwin"], ["x64"]],
  "linux-arm64-gnu": [["linux"], ["arm64"], ["glibc"]],
  "linux-arm64-musl": [["linux"], ["arm64"], ["musl"]],
  "wasm32-wasi": [null, ["wasm32"]],
  "win32-arm64-msvc": [["win32"], ["arm64"]],
  "win32-x64-msvc": [["win32"], ["x64"]],
};
for (const [key, entry] of Object.entries(p)) {
  for (const [dep, ver] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `node_modules/${dep}`;
    if (p[where]) continue;
    const suffix = Object.keys(plat).find((s) => dep.endsWith(s));
    if (!suffix) { console.log("no platform for", dep); continue; }
    const [os, cpu, libc] = plat[suffix];
    p[where] = { version: ver, ...(cpu && { cpu }), ...(libc && { libc }), license: "MIT", optional: true, ...(os && { os }) };
    console.log("stub", where);
  }
}
lock.packages = Object.fromEntries(Object.entries(p).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)));
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
