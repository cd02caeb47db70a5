import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isManifestPath } from '../intake/manifest.js';
import { readableExtensions, readerFor } from '../readers/index.js';
import { skipReasonFor } from '../readers/file-types.js';

/**
 * One path to read; or a manifest of articles (named on the command line); or the reason it cannot
 * be read (`error`: a failure); or the reason it is passed over (`skipped`: a file in a folder that
 * no reader takes, named so that nothing vanishes silently).
 */
export type InputFile =
  | { readonly path: string; readonly error?: undefined; readonly skipped?: undefined; readonly manifest?: boolean }
  | { readonly path: string; readonly error: string; readonly skipped?: undefined; readonly manifest?: undefined }
  | { readonly path: string; readonly error?: undefined; readonly skipped: string; readonly manifest?: undefined };

/**
 * Expands files and folders (recursively, sorted, so runs are repeatable) into the files to read.
 * Symbolic links are followed once: a link back into a folder already being walked is reported as a
 * loop instead of being walked again. Inside folders, hidden files and folders (".git", ".DS_Store")
 * are passed over, and files no reader takes are skipped with the reason; named explicitly, they
 * are errors. A `.jsonl`, `.ndjson`, `.csv` or `.tsv` named explicitly is a manifest of articles.
 */
export async function collectInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seenFiles = new Set<string>();
  const visit = async (path: string, explicit: boolean, ancestors: ReadonlySet<string>): Promise<void> => {
    let real: string;
    let info;
    try {
      info = await stat(path);
      real = await realpath(path);
    } catch (error) {
      files.push({ path, error: await unreadable(path, error) });
      return;
    }
    if (info.isDirectory()) {
      if (ancestors.has(real)) {
        files.push({ path, error: `is a symbolic link loop (leads back to ${real})` });
        return;
      }
      let names: string[];
      try {
        names = await readdir(path);
      } catch (error) {
        // A folder that cannot be listed is named and skipped; its siblings are read.
        files.push({
          path,
          error: (await unreadable(path, error)).replace('cannot be read', 'is a folder that cannot be read'),
        });
        return;
      }
      const entries = names.filter((entry) => !entry.startsWith('.')).sort();
      const inside = new Set([...ancestors, real]);
      for (const entry of entries) await visit(join(path, entry), false, inside);
      return;
    }
    if (!info.isFile()) {
      if (explicit) files.push({ path, error: 'is not a regular file' });
      return;
    }
    if (seenFiles.has(real)) return;
    if (explicit && isManifestPath(path)) {
      seenFiles.add(real);
      files.push({ path, manifest: true });
      return;
    }
    if (!readerFor(path)) {
      if (explicit)
        files.push({
          path,
          error: `has a file type Puente does not read (use ${readableExtensions}, or a .jsonl or .csv manifest)`,
        });
      else files.push({ path, skipped: skipReasonFor(path, readableExtensions) });
      return;
    }
    seenFiles.add(real);
    files.push({ path });
  };
  for (const path of paths) await visit(path, true, new Set());
  return files;
}

/** Why a path could not be looked at, in a user's words. */
async function unreadable(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'is a symbolic link loop';
  if (code === 'ENOENT') return (await isLink(path)) ? 'is a broken symbolic link' : 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? String(error)})`;
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
