// The CSP of the H5 app: the build's inline script by hash (and no other inline script), strict everywhere else.
import { createHash } from 'node:crypto';
import { appDirectives, inlineScriptHashes } from './security-headers';

const REM = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';
const HTML =
  `<!doctype html><html><head><script>${REM}</script><script defer="defer" src="/js/app.js"></script>` +
  '<script src="/js/398.js" defer></script><script type="text/javascript">\n</script></head><body></body></html>';

describe('the H5 app’s content security policy', () => {
  test('each inline script of index.html is allowed by its hash; scripts with src are not hashed', () => {
    const hash = createHash('sha256').update(REM).digest('base64');
    expect(inlineScriptHashes(HTML)).toEqual([`'sha256-${hash}'`]);
    expect(inlineScriptHashes('<html></html>')).toEqual([]);
  });

  test('scripts only from the host and the hashed inline one; no inline script, no eval, no framing', () => {
    const d = appDirectives(["'sha256-abc'"]);
    expect(d.scriptSrc).toEqual(["'self'", "'sha256-abc'"]);
    expect(d.scriptSrc).not.toContain("'unsafe-inline'");
    expect(d.scriptSrc).not.toContain("'unsafe-eval'");
    expect(d.frameAncestors).toEqual(["'none'"]);
    expect(d.objectSrc).toEqual(["'none'"]);
    expect(d.imgSrc).toEqual(["'self'", 'blob:', 'data:']);
    expect(d.connectSrc).toContain("'self'");
  });
});
