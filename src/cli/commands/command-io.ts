/** Where a command writes: standard output for results, standard error for problems and progress. */
export interface CommandIo {
  out(line: string): void;
  error(line: string): void;
  /** Rewrites the current stderr line (progress bars); absent when stderr is not a terminal. */
  progress?: (line: string) => void;
}

/** The process's own streams. */
export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[2K${line}`) : undefined,
};
