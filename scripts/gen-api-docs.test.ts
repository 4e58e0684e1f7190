import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ANY_USER, IDENTIFIED, PUBLIC, TIMER, roles } from '../core/access';
import { COLLECTIONS } from '../platform/collections';
import { SERVES, indexRows } from './docs/collections-doc';
import { SHAPES } from './docs/shapes';
import { sampleOf } from './docs/zod-sample';
import { API_DOC, DEPLOY_DOC, actionEntries, errorsOf, renderApiDocs, renderDeployDoc } from './gen-api-docs';

const doc = readFileSync(API_DOC, 'utf8');

/** The text of each `### fn.action` section of docs/api.md, by its heading. */
function sections(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of markdown.split(/^### /m).slice(1)) {
    const heading = part.slice(0, part.indexOf('\n'));
    found.set(heading, part);
  }
  return found;
}

test('docs/api.md is up to date with the action map (run `npm run docs:api`)', () => {
  expect(doc).toBe(renderApiDocs());
});

test('the index list in docs/deploy-cloudbase.md is up to date with COLLECTIONS (run `npm run docs:api`)', () => {
  const committed = readFileSync(DEPLOY_DOC, 'utf8');
  expect(committed).toBe(renderDeployDoc(committed));
});

// The reference must stay readable as actions are added (the issue's bar: under 4 000 lines): one example block per
// action, a named shape's value written as its name, each shape defined once.
test('docs/api.md stays readable: under 4 000 lines', () => {
  expect(doc.split('\n').length).toBeLessThan(4000);
});

test('every action has a section with its summary, access, errors, an example request and a reply', () => {
  const bySection = sections(doc);
  for (const { fn, action, spec } of actionEntries()) {
    const section = bySection.get(`${fn}.${action}`);
    expect(section).toBeDefined();
    expect(section).toContain(spec.summary);
    expect(section).toContain('- **Who:**');
    expect(section).toContain('`VALIDATION_FAILED` 400');
    const request = spec.example && Object.values(spec.example).some((v) => v instanceof Uint8Array);
    expect(section).toContain(request ? '/api/_upload?purpose=' : `"action": "${action}"`);
    // the request and its reply in one example block
    expect(section).toMatch(/\n200 OK\n\{ "ok": true, "data"|\n200 OK\n\{\n {2}"ok": true/);
  }
});

test('every example in the action map is a valid input of its own action', () => {
  for (const { fn, action, spec } of actionEntries()) {
    const parsed = spec.input.safeParse(spec.example);
    expect({ action: `${fn}.${action}`, issues: parsed.success ? [] : parsed.error.issues }).toEqual({
      action: `${fn}.${action}`,
      issues: [],
    });
  }
});

test('every reply example, written out in full, is a valid output of its action', () => {
  const names = new Map<z.ZodTypeAny, string>(SHAPES.map((s) => [s.schema, s.name]));
  for (const { fn, action, spec } of actionEntries()) {
    const sample = sampleOf(spec.output, { names, expandNested: true });
    const parsed = spec.output.safeParse(sample);
    expect({ action: `${fn}.${action}`, ok: parsed.success }).toEqual({ action: `${fn}.${action}`, ok: true });
  }
});

test('every shape is rendered once under Shapes', () => {
  const shapes = doc.slice(doc.indexOf('\n## Shapes\n'));
  for (const { name } of SHAPES) expect(shapes.split(`\n### ${name}\n`)).toHaveLength(2);
});

test('an action lists the codes its access implies, its own, and never INTERNAL', () => {
  expect(errorsOf(PUBLIC, ['NOT_FOUND'])).toEqual(['VALIDATION_FAILED', 'NOT_FOUND']);
  expect(errorsOf(IDENTIFIED, [])).toEqual(['VALIDATION_FAILED', 'UNAUTHENTICATED']);
  // an unbound WeChat user is refused even where every role is admitted
  expect(errorsOf(ANY_USER, [])).toEqual(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN']);
  expect(errorsOf(roles('admin'), ['CONFLICT', 'INTERNAL'])).toEqual([
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'CONFLICT',
  ]);
  // a timer action: 401 without a token, 403 with one
  expect(errorsOf(TIMER, [])).toEqual(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN']);
});

test('every index of COLLECTIONS says which query it serves, and every entry names an index', () => {
  const rows = indexRows();
  const keys = rows.map((r) => r.key);
  expect(keys.filter((k) => !SERVES[k]?.trim())).toEqual([]);
  expect(Object.keys(SERVES).filter((k) => !keys.includes(k))).toEqual([]);
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const unique: readonly string[] = 'unique' in spec ? spec.unique : [];
    for (const field of [...spec.indexes, ...unique]) expect(keys).toContain(`${name}.${field}`);
  }
});

test('unique fields are listed as unique sparse indexes, the others as (field, _id)', () => {
  const deploy = readFileSync(DEPLOY_DOC, 'utf8');
  expect(deploy).toMatch(/\| `devices` +\| `ux_devices__serial` +\| `serial` +\| unique, sparse +\|/);
  expect(deploy).toMatch(/\| `tickets` +\| `ix_tickets__sla__nextDueAt` +\| `sla\.nextDueAt`, `_id` +\| compound +\|/);
  expect(deploy).toContain('documents without the field are not counted');
});
