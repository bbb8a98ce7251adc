#!/usr/bin/env node
/**
 * @module cli
 * The `marsad` executable: wires runCli to the real process (stdout, stderr, stdin, exit status).
 */
import { runCli } from "./program.js";
import { loadAnalyzer } from "./load-analyzer.js";
import { formatFatal } from "./report-error.js";

// `marsad analyze … | head` closes the pipe early: stop quietly, as cat and grep do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
try {
  process.exitCode = await runCli(args, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    stderrStream: process.stderr,
    stdoutStream: process.stdout,
    loadAnalyzer,
  });
} catch (error) {
  // runCli handles bad input itself; what reaches here is a bug.
  process.stderr.write(formatFatal("internal error", error, args.includes("--debug")));
  process.exitCode = 1;
}
