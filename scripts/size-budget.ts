// Size budget for the weapp build: the main package (dist/weapp minus subpackage roots) must stay under 1.5 MB.
// Run after `taro build --type weapp`: `npx tsx scripts/size-budget.ts`. Exits 1 when over budget or not built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** WeChat refuses a main package over 2 MB; we keep 25 % head-room for what the next issues add. */
const BUDGET_KB = 1536;
const root = path.resolve(__dirname, '..', 'dist', 'weapp');

interface SubPackage {
  root: string;
}

function sizeOf(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function main(): number {
  const appJson = path.join(root, 'app.json');
  if (!existsSync(appJson)) {
    console.error(`dist/weapp/app.json not found: build first (npx taro build --type weapp)`);
    return 1;
  }
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as { subPackages?: SubPackage[]; subpackages?: SubPackage[] };
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/^\/+|\/+$/g, ''));

  const total = sizeOf(root);
  const subSizes = subRoots.map((sub) => {
    const dir = path.join(root, sub);
    return { root: sub, bytes: existsSync(dir) ? sizeOf(dir) : 0 };
  });
  const main = total - subSizes.reduce((sum, s) => sum + s.bytes, 0);

  console.log(`weapp main package: ${kb(main)} KB (budget ${BUDGET_KB} KB)`);
  for (const s of subSizes) console.log(`  subpackage ${s.root}: ${kb(s.bytes)} KB`);
  console.log(`  total: ${kb(total)} KB`);

  if (main > BUDGET_KB * 1024) {
    console.error(`over budget by ${kb(main - BUDGET_KB * 1024)} KB`);
    return 1;
  }
  return 0;
}

process.exit(main());
