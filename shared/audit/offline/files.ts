/** The files an offline audit reads: each path given, and every file under a directory, recursively. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { OfflineInputError } from './errors.ts';

/**
 * The files named by `paths`: a file as is, whatever its name; below a directory, at any
 * depth, the files named `*.json`, `*.json.gz` or `*.gz` (what CloudTrail delivers and
 * `aws cloudtrail lookup-events` writes; a README beside them is passed over), hidden entries
 * included, symbolic links to directories not followed, each directory's entries in name
 * order, without repeats. Throws `OfflineInputError` for a path that does not exist
 * or is neither a file nor a directory.
 */
export async function listAuditFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new OfflineInputError(`${path}: no such file or directory`, { cause: error });
    }
    if (info.isFile()) add(path);
    else if (info.isDirectory()) for (const file of await walk(path)) add(file);
    else throw new OfflineInputError(`${path}: not a file or a directory`);
  }
  return files;
}

const AUDIT_FILE = /\.(json|json\.gz|gz)$/i;

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && AUDIT_FILE.test(entry.name)) out.push(path);
  }
  return out;
}
