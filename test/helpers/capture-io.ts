import type { CommandIo } from '../../src/cli/commands/command-io.js';

/** A CommandIo that keeps what a command printed, for assertions. */
export function captureIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => void stdout.push(line), error: (line) => void stderr.push(line) };
}
