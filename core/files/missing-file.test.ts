// The placeholder for a missing file is an SVG image that says 图片已失效.
import { MISSING_FILE_URL } from './missing-file';

test('the missing-file placeholder is an SVG data URL reading 图片已失效', () => {
  const [head, body] = MISSING_FILE_URL.split(',');
  expect(head).toBe('data:image/svg+xml;base64');
  const svg = Buffer.from(body!, 'base64').toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<\/svg>$/);
  expect(svg).toContain('>图片已失效</text>');
});
