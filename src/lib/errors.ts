import type { z } from "zod";

/** Bad input: reported as one line naming the file, never as a stack trace. */
export class InputError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "InputError";
    this.file = file;
    this.problem = problem;
  }
}

export function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const where = issue.path.length ? `field "${issue.path.join(".")}": ` : "";
  return `${where}${issue.message}`;
}
