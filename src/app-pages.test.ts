// The page table in core/notify/links.ts (navigation and every deep link) and Taro's page list in app.config.ts name
// the same pages: a link never opens a page the build does not have.
import { PAGES } from '../core/notify/links';

async function builtPages(): Promise<string[]> {
  // app.config.ts calls Taro's build-time global; here it only has to hand the config back.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config });
  const { default: config } = await import('./app.config');
  const sub = (config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`));
  return [...(config.pages ?? []), ...sub].map((page) => `/${page}`);
}

test('every page in PAGES is built, and every built page is in PAGES', async () => {
  expect(Object.values(PAGES).sort()).toEqual((await builtPages()).sort());
});
