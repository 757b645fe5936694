// The Chromium unpacked from npm finds its fonts wherever the checkout is
// reached from: its fonts.conf names the folder's real path.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureFontsConf } from "../scripts/browser.ts";
import { tempDir } from "./helpers.ts";

describe("the unpacked Chromium's fonts.conf", () => {
  it("is written again when it names another folder, with the real path, and left alone after", () => {
    const real = join(tempDir(), "sparticuz-chromium");
    mkdirSync(join(real, "fonts"), { recursive: true });
    const link = join(tempDir(), "link");
    symlinkSync(real, link);
    writeFileSync(join(real, "fonts.conf"), "<fontconfig><dir>/gone/checkout/fonts</dir></fontconfig>");
    expect(ensureFontsConf(link)).toBe(true);
    const conf = readFileSync(join(real, "fonts.conf"), "utf8");
    expect(conf).toContain(`<dir>${real}/fonts</dir>`);
    expect(conf).toContain(`<cachedir>${real}/fonts-cache</cachedir>`);
    expect(conf).not.toContain("/gone/");
    expect(ensureFontsConf(real)).toBe(false);
  });
});
