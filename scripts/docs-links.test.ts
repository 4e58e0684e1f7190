// README.md and docs/*.md link nowhere outside the repository: a clone has no ../shared, and every relative link (and
// its #anchor) must resolve to a file of the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const DOCS = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'docs', f)),
];

/** Markdown without fenced code blocks and inline code, where a bracket is not a link. */
const prose = (md: string) => md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** The targets of inline links `[text](target)`, images included, and of reference definitions `[id]: target`. */
function linkTargets(md: string): string[] {
  const text = prose(md);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

/** The anchors GitHub gives a document's headings. */
function anchorsOf(md: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  const withoutCode = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = m[1]!
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = counts.get(slug) ?? 0;
    counts.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** What is wrong with a link from `file`, or null when it resolves. */
function brokenLink(file: string, target: string): string | null {
  if (target.includes('../shared')) return 'points outside the repository (../shared)';
  if (isExternal(target)) return null;
  const [path, fragment] = target.split('#') as [string, string | undefined];
  const resolved = path ? resolve(dirname(file), decodeURI(path)) : file;
  if (!resolved.startsWith(ROOT + '/') && resolved !== ROOT) return 'points outside the repository';
  if (!existsSync(resolved)) return `no such file: ${relative(ROOT, resolved)}`;
  if (fragment && resolved.endsWith('.md') && statSync(resolved).isFile()) {
    if (!anchorsOf(readFileSync(resolved, 'utf8')).has(fragment)) return `no heading #${fragment}`;
  }
  return null;
}

test('README.md and docs/*.md never mention ../shared (a clone does not have it)', () => {
  const mentions = DOCS.filter((f) => readFileSync(f, 'utf8').includes('../shared')).map((f) => relative(ROOT, f));
  expect(mentions).toEqual([]);
});

test('every relative link in README.md and docs/*.md resolves to a file of the repository, and its anchor to a heading', () => {
  const broken: string[] = [];
  for (const file of DOCS) {
    for (const target of linkTargets(readFileSync(file, 'utf8'))) {
      const problem = brokenLink(file, target);
      if (problem) broken.push(`${relative(ROOT, file)}: ${target} — ${problem}`);
    }
  }
  expect(broken).toEqual([]);
});

test('the link checker finds links and anchors as GitHub does', () => {
  const md =
    '# The `sla.run` timer\n\n## Notes\n\n## Notes\n\nSee [a](docs/a.md#x), ![i](img.png) and `[not](a link)`.\n\n```\n[nor](this)\n```\n\n[ref]: ../shared/API.md\n';
  expect(linkTargets(md)).toEqual(['docs/a.md#x', 'img.png', '../shared/API.md']);
  expect([...anchorsOf(md)]).toEqual(['the-slarun-timer', 'notes', 'notes-1']);
  expect(brokenLink(join(ROOT, 'README.md'), '../shared/API.md')).toMatch(/outside/);
  expect(brokenLink(join(ROOT, 'README.md'), 'docs/nowhere.md')).toMatch(/no such file/);
  expect(brokenLink(join(ROOT, 'README.md'), 'docs/api.md#no-such-heading')).toMatch(/no heading/);
  expect(brokenLink(join(ROOT, 'README.md'), 'docs/api.md#ticketsaccept')).toBeNull();
  expect(brokenLink(join(ROOT, 'README.md'), 'https://example.com/x')).toBeNull();
});
