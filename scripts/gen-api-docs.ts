// Generates docs/api.md, the full API reference, from every action's zod schemas (`npm run docs:api`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { Access } from '../core/access';
import type { RateLimit } from '../core/rate-limit';
import { FUNCTIONS } from '../cloudfunctions/registry';

const OUT = resolve(__dirname, '..', 'docs', 'api.md');

function rateLimitText(limit: RateLimit): string {
  const counted = limit.counts === 'failures' ? 'failed calls' : 'calls';
  const per = limit.per === 'caller' ? 'caller' : 'network address';
  return `${limit.max} ${counted} per ${per} in ${limit.windowMinutes} minutes, then \`RATE_LIMITED\` (429)`;
}

function who(access: Access): string {
  switch (access.kind) {
    case 'public':
      return 'anyone (no token)';
    case 'identified':
      return 'any signed-in caller, bound or not';
    case 'timer':
      return 'the timer trigger only';
    default:
      return access.roles === 'any' ? 'any bound user' : access.roles.join(', ');
  }
}

export function renderApiDocs(): string {
  const lines = [
    '# AfterCare API reference',
    '',
    'Generated from the zod schemas by `npm run docs:api` — do not edit by hand. Transport, envelope and error codes:',
    '`../shared/API.md`. Every action is `POST /api/<function>` with `{ "action": "<action>", "data": <input> }`',
    '(or `callFunction({ name: <function>, data: { action, data } })` in the mini-program).',
    '',
  ];
  for (const fn of Object.values(FUNCTIONS)) {
    lines.push(`## \`${fn.name}\``, '');
    if (fn.config.triggers.length) {
      lines.push(`Timer triggers: ${fn.config.triggers.map((t) => `\`${t.name}\` (\`${t.config}\`)`).join(', ')}`, '');
    }
    for (const [name, { spec: def }] of Object.entries(fn.actions)) {
      lines.push(`### \`${fn.name}.${name}\``, '', def.summary, '', `**Who:** ${who(def.access)}`, '');
      if (def.rateLimit) lines.push(`**Rate limit:** ${rateLimitText(def.rateLimit)}`, '');
      lines.push(
        'Input:',
        '',
        '```json',
        JSON.stringify(zodToJsonSchema(def.input, { target: 'openApi3' }), null, 2),
        '```',
        '',
      );
      lines.push(
        'Output (`data`):',
        '',
        '```json',
        JSON.stringify(zodToJsonSchema(def.output, { target: 'openApi3' }), null, 2),
        '```',
        '',
      );
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  writeFileSync(OUT, renderApiDocs());
  console.log(`wrote ${OUT}`);
}
