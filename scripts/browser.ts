// The one place that finds and launches Chromium (the browser tests use it; so
// should any script that drives a browser). In order:
//
//   1. CHROMIUM_PATH, when set (an error if nothing is there);
//   2. /usr/bin/chromium (Debian's package), when installed;
//   3. the Chromium that comes from npm: the devDependency @sparticuz/chromium
//      ships a headless build (linux-x64 only) brotli-compressed inside the
//      package. It is unpacked once per package version into
//      node_modules/.cache/sparticuz-chromium-<version>/ (~2.5 s, ~220 MB),
//      with the libraries it needs beyond glibc (NSS, NSPR, expat) and a font,
//      so it runs on a machine that has nothing but Node and npm.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const SYSTEM = "/usr/bin/chromium";

/**
 * The arguments every launch gets. The network is closed on these machines,
 * so nothing may try to reach Google's services; the sandbox needs privileges
 * a CI container (running as root) does not give.
 *
 * @sparticuz/chromium also exports `chromium.args`, which are not used: they
 * are for AWS Lambda (`--single-process`, `--no-zygote`, `--in-process-gpu`),
 * and some switch off the browser's own security (`--disable-web-security`,
 * `--allow-running-insecure-content`, `--disable-site-isolation-trials`),
 * which would make the CSP and XSS tests prove nothing. Its `--no-sandbox` is
 * here; `--headless` is added by Playwright. Its build runs with these alone.
 */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export interface ChromiumExecutable {
  path: string;
  from: "CHROMIUM_PATH" | "system" | "npm";
  /** Environment the executable needs (the npm build: its libraries and fonts). */
  env?: Record<string, string>;
}

/** Finds a Chromium, unpacking the npm one if it comes to that. */
export function findChromium(): ChromiumExecutable {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file`);
    return { path: fromEnv, from: "CHROMIUM_PATH" };
  }
  if (existsSync(SYSTEM)) return { path: SYSTEM, from: "system" };
  return npmChromium();
}

/** Launches Chromium with the arguments above (and any given). */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const exe = findChromium();
  return chromium.launch({
    ...options,
    executablePath: exe.path,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...(exe.env ? { env: { ...process.env, ...exe.env, ...options.env } } : {}),
  });
}

function npmChromium(): ChromiumExecutable {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(`no Chromium: @sparticuz/chromium ships only a linux-x64 build; install Chromium and set CHROMIUM_PATH (this is ${process.platform}-${process.arch})`);
  const pkgDir = join(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..");
  const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
  const cache = join(root, "node_modules/.cache");
  const dir = join(cache, `sparticuz-chromium-${version}`);
  const env = { LD_LIBRARY_PATH: join(dir, "al2023/lib"), FONTCONFIG_FILE: join(dir, "fonts.conf") };
  if (existsSync(join(dir, "chromium"))) {
    ensureFontsConf(dir);
    return { path: join(dir, "chromium"), from: "npm", env };
  }

  // Unpack into a folder of our own and rename it into place when complete:
  // test files launching at the same time, or an unpack cut short, never leave
  // a half-written binary where the next run would take it for a whole one.
  mkdirSync(cache, { recursive: true });
  for (const f of readdirSync(cache)) {
    const pid = f.startsWith(`sparticuz-chromium-${version}.partial-`) ? Number(f.split("-").at(-1)) : NaN;
    if (pid && !alive(pid)) rmSync(join(cache, f), { recursive: true, force: true });
  }
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial);
  // The package unpacks into os.tmpdir() (its `executablePath()` returns
  // $TMPDIR/chromium, and reuses whatever is there), so it runs in a child
  // whose TMPDIR is the new folder. Its Lambda-only libraries, al2023.tar.br,
  // are unpacked too: they make the binary independent of the system's NSS.
  const unpack = `
    import chromium, { inflate } from "@sparticuz/chromium";
    const exe = await chromium.executablePath();
    await inflate(${JSON.stringify(join(pkgDir, "bin/al2023.tar.br"))});
    process.stdout.write(exe);`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", unpack], { cwd: root, env: { ...process.env, TMPDIR: partial }, encoding: "utf8" });
  if (r.status !== 0 || r.stdout !== join(partial, "chromium")) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`unpacking @sparticuz/chromium failed: ${r.stderr || r.stdout}`);
  }
  // Its own fonts.conf names /tmp/fonts; this one names the folder it is in.
  writeFileSync(join(partial, "fonts.conf"), fontsConf(join(realpathSync(cache), `sparticuz-chromium-${version}`)));
  try {
    renameSync(partial, dir);
  } catch (e) {
    // another process got there first with a complete copy
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, "chromium"))) throw e;
  }
  return { path: join(dir, "chromium"), from: "npm", env };
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * Unpacked from another path (a checkout moved, or one reaching node_modules through a link
 * that is gone now), the folder's fonts.conf names fonts that are not there, and Chromium stops
 * at the first text it draws: its real path is written in again. True if it was rewritten.
 */
export function ensureFontsConf(dir: string): boolean {
  const conf = join(dir, "fonts.conf");
  const want = fontsConf(realpathSync(dir));
  if (existsSync(conf) && readFileSync(conf, "utf8") === want) return false;
  writeFileSync(`${conf}.${process.pid}`, want);
  renameSync(`${conf}.${process.pid}`, conf);
  return true;
}

/** The unpacked Chromium's font configuration: its fonts and their cache, in the folder `dir`. */
const fontsConf = (dir: string) =>
  `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${xml(dir)}/fonts</dir><cachedir>${xml(dir)}/fonts-cache</cachedir></fontconfig>\n`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
