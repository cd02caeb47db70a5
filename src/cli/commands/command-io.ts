import { UsageError } from '../usage-error.js';

/** Where a command writes: standard output for results, standard error for problems and progress. */
export interface CommandIo {
  out(line: string): void;
  error(line: string): void;
  /** Rewrites the current stderr line (progress bars); absent when stderr is not a terminal. */
  progress?: (line: string) => void;
  /** Everything on standard input (for --password-stdin). */
  readStdin?: () => Promise<string>;
  /** Asks on the terminal for a secret without showing it; absent when there is no terminal. */
  readSecret?: (prompt: string) => Promise<string>;
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal in raw mode, echoing nothing; Ctrl+C or Ctrl+D gives up. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error: Error | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: string) => {
      for (const char of data) {
        if (char === '\r' || char === '\n') return done(null);
        if (char === '\u0003' || char === '\u0004') return done(new UsageError('cancelled at the password prompt'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The process's own streams. */
export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[2K${line}`) : undefined,
  readStdin: readAllStdin,
  readSecret: process.stdin.isTTY ? readHidden : undefined,
};
