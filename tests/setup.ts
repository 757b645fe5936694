// Run before every test file (vitest.config.ts): what a file's tests leave behind goes with it.
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers.ts";

afterAll(removeTempDirs);
