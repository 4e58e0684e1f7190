// `npm start` builds what it serves: the H5 app is rebuilt when missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'core', 'config', 'babel.config.js', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist/h5 is missing or any source is newer than its index.html. */
export function isH5BuildStale(root: string): boolean {
  const built = join(root, 'dist', 'h5', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > builtAt);
}

export function ensureH5Build(root: string, log: (line: string) => void): void {
  if (!isH5BuildStale(root)) return;
  log('H5 build missing or stale: building it (npm run build:h5)…');
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the H5 build failed (npm run build:h5); see the output above');
}
