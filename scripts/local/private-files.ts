import { chmod, lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Local mode's data folder holds the token signing key and the whole database: only its owner
 * may read it. Folders are 0700 and files 0600; a folder made by an older version (0755, files
 * 0644) is corrected on every start.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` if needed and makes it, and everything in it, readable by the owner only. */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await restrict(dir);
}

async function restrict(path: string): Promise<void> {
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) return;
  if (stats.isDirectory()) {
    if ((stats.mode & 0o777) !== PRIVATE_DIR_MODE) await chmod(path, PRIVATE_DIR_MODE);
    for (const entry of await readdir(path)) await restrict(join(path, entry));
  } else if ((stats.mode & 0o077) !== 0) {
    await chmod(path, stats.mode & PRIVATE_FILE_MODE);
  }
}

/** Writes a file only its owner can read, whatever the process's umask. */
export async function writePrivateFile(path: string, content: string): Promise<void> {
  await writeFile(path, content, { mode: PRIVATE_FILE_MODE });
  await chmod(path, PRIVATE_FILE_MODE);
}
