/**
 * The one line a failed input gets on standard error: `marsad: <input>: <problem>`. Known bad
 * input (a MarsadError) says what is wrong; anything else is a bug and says only that, unless
 * --debug asks for the stack and the chain of causes.
 */
import { isMarsadError } from "../doc/index.js";

function details(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    const text =
      current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current);
    lines.push(depth === 0 ? text : `caused by: ${text}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join("\n").replace(/^/gm, "  ");
}

/** The message for one input's failure, newline-terminated; `input` is the name the user gave. */
export function formatError(input: string, error: unknown, debug: boolean): string {
  const problem = isMarsadError(error) ? error.message : "internal error (run with --debug for details)";
  const head = `marsad: ${input}: ${problem}\n`;
  if (!debug) return head;
  const code = isMarsadError(error) ? `  code: ${error.code}\n` : "";
  return `${head}${code}${details(error)}\n`;
}

/** The line for a failure that stops the whole run (not tied to one input), newline-terminated. */
export function formatFatal(problem: string, error: unknown, debug: boolean): string {
  return debug
    ? `marsad: ${problem}\n${details(error)}\n`
    : `marsad: ${problem} (run with --debug for details)\n`;
}
