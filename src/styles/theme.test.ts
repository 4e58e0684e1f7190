// Text is readable (WCAG AA, 4.5:1): every text colour of the theme on the card, the page, the border grey and the
// tints behind tags; white only on the strong fills; and every `color:` in every stylesheet of the app on the
// background it is drawn on (its own rule's, else both the card and the page). Icons (a glyph, not words) are marked
// `// icon` on their line and exempt; WeChat green stays for buttons, icons and borders.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');
const AA = 4.5;

type Rgb = [number, number, number];

/** #rgb / #rrggbb, or rgba(r, g, b, a) laid over `under` (the card, unless a rule says otherwise). */
function parseColour(value: string, under: Rgb = [255, 255, 255]): Rgb | null {
  const v = value.trim().toLowerCase();
  if (v === 'white') return [255, 255, 255];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(v);
  if (rgba) {
    const a = rgba[4] === undefined ? 1 : Number(rgba[4]);
    return [1, 2, 3].map((i) => Math.round(Number(rgba[i]) * a + under[i - 1]! * (1 - a))) as Rgb;
  }
  return null;
}

/** WCAG 2.x contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (rgb: Rgb) => {
    const [r, g, b2] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The theme's variables ($name: value;). */
function themeVariables(): Map<string, string> {
  const text = readFileSync(join(SRC, 'styles', 'theme.scss'), 'utf8');
  return new Map([...text.matchAll(/^\$([\w-]+):\s*([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

const vars = themeVariables();
const resolve = (value: string) => (value.startsWith('$') ? (vars.get(value.slice(1)) ?? value) : value);
const colourOf = (name: string, under?: Rgb): Rgb => {
  const rgb = parseColour(resolve(`$${name}`), under);
  if (!rgb) throw new Error(`$${name} is not a colour`);
  return rgb;
};

const CARD = colourOf('color-card');
const PAGE = colourOf('color-page');
const BORDER = colourOf('color-border');
const TINTS: Record<string, string> = {
  ok: 'rgba(7, 193, 96, 0.1)',
  progress: 'rgba(22, 119, 255, 0.1)',
  warn: 'rgba(250, 157, 59, 0.15)',
  bad: 'rgba(250, 81, 81, 0.1)',
  muted: 'rgba(0, 0, 0, 0.06)',
  contract: 'rgba(74, 101, 132, 0.1)',
};
const TEXT = [...vars.keys()].filter(
  (k) => k.startsWith('text-') || k.startsWith('color-text') || k === 'color-placeholder',
);
const STRONG = [...vars.keys()].filter((k) => k.startsWith('fill-') && k.endsWith('-strong'));

test('the theme has text colours and strong fills to check', () => {
  expect(TEXT).toEqual(expect.arrayContaining(['color-text', 'color-text-secondary', 'text-action', 'text-bad']));
  expect(STRONG.length).toBeGreaterThanOrEqual(5);
});

test.each(TEXT)('$%s reads at 4.5:1 on the card, the page, the border grey and every tag tint', (name) => {
  const text = colourOf(name);
  const grounds: [string, Rgb][] = [
    ['card', CARD],
    ['page', PAGE],
    ['border grey', BORDER],
    ...Object.entries(TINTS).map(([tone, tint]): [string, Rgb] => [`${tone} tint`, parseColour(tint)!]),
  ];
  const below = grounds
    .map(([where, ground]) => `${where} ${contrast(text, ground).toFixed(2)}:1`)
    .filter((_, i) => contrast(text, grounds[i]![1]) < AA);
  expect(below).toEqual([]);
});

test.each(STRONG)('white text reads at 4.5:1 on $%s', (name) => {
  expect(contrast([255, 255, 255], colourOf(name))).toBeGreaterThanOrEqual(AA);
});

test('WeChat green is a fill, not a text colour: 2.4:1 on white', () => {
  expect(contrast(colourOf('color-action'), CARD)).toBeLessThan(3);
  expect(contrast(colourOf('text-action'), CARD)).toBeGreaterThanOrEqual(AA);
});

/** Every rule of a stylesheet with its declarations (nested blocks, as in the tone mixins, are rules of their own). */
function rulesOf(scss: string): { selector: string; decls: { prop: string; value: string; icon: boolean }[] }[] {
  const rules: ReturnType<typeof rulesOf> = [];
  const stack: ReturnType<typeof rulesOf> = [];
  for (const raw of scss.split('\n')) {
    const icon = /\/\/\s*icon\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line.endsWith('{')) {
      stack.push({ selector: line.slice(0, -1).trim(), decls: [] });
    } else if (line.startsWith('}')) {
      const rule = stack.pop();
      if (rule) rules.push(rule);
    } else {
      const decl = /^([\w-]+)\s*:\s*(.+?);?$/.exec(line);
      if (decl && stack.length) stack[stack.length - 1]!.decls.push({ prop: decl[1]!, value: decl[2]!, icon });
    }
  }
  return rules;
}

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return stylesheets(path);
    return d.name.endsWith('.scss') ? [path] : [];
  });
}

test('every text colour in every stylesheet reads at 4.5:1 where it is drawn', () => {
  const failures: string[] = [];
  for (const file of stylesheets(SRC)) {
    for (const rule of rulesOf(readFileSync(file, 'utf8'))) {
      const colour = rule.decls.find((d) => d.prop === 'color');
      if (!colour || colour.icon || /inherit|currentcolor|transparent/i.test(colour.value)) continue;
      const background = rule.decls.find((d) => d.prop === 'background-color' || d.prop === 'background');
      const grounds: Rgb[] = background ? [parseColour(resolve(background.value))!] : [CARD, PAGE];
      const text = parseColour(resolve(colour.value));
      if (!text || grounds.some((g) => !g)) {
        failures.push(`${relative(SRC, file)} ${rule.selector}: cannot read "${colour.value}"`);
        continue;
      }
      for (const ground of grounds) {
        const ratio = contrast(text, ground);
        if (ratio < AA) failures.push(`${relative(SRC, file)} ${rule.selector}: ${colour.value} ${ratio.toFixed(2)}:1`);
      }
    }
  }
  expect(failures).toEqual([]);
});
