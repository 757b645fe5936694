import { defineConfig } from "vitest/config";

// Two lanes (Vitest projects); `npm test` runs both, after the type check and
// the site build.
// - `unit` (npm run test:unit): the library, CLI, data layer, quality and
//   content checks, on the tests' own fixtures; seconds, no site build, no
//   browser. Its files run side by side on every core.
// - `site` (npm run test:site): the built site in dist/ (made by `astro build`
//   first), sites built from fixtures, the browser, and the runs that take
//   tens of seconds (the bench smoke run, a 5 MB article); one file at a time.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    projects: [
      { test: { name: "unit", include: ["tests/*.test.ts"], exclude: ["tests/bench.test.ts", "tests/large-input.test.ts"], maxWorkers: "100%", setupFiles: ["tests/setup.ts"] } },
      { test: { name: "site", include: ["tests/e2e/**/*.test.ts", "tests/bench.test.ts", "tests/large-input.test.ts"], setupFiles: ["tests/setup.ts"] } },
    ],
  },
});
