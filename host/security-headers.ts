// Security headers on every reply. The H5 app's pages and files (@fastify/helmet): a Content-Security-Policy that lets
// the Taro build run and nothing else — its scripts from this host (its one inline script, the rem sizing, by hash),
// inline styles (Taro and NutUI set style attributes), pictures and videos from here or picked on the phone (blob:,
// data:), calls to this host only, no framing — plus nosniff, no referrer, no HSTS (the host does not know whether a
// proxy adds TLS). The API's JSON replies get a fixed set computed once: @fastify/helmet builds its middleware anew
// for every request it serves (about 0.2 ms of CPU), too dear for the service's hot path and pointless for JSON.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Every /api/* reply: JSON is never a page, so nothing may load from it or frame it. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

/** The files the host serves (uploads, fault reports, evidence packs): shown as they are, never run as a page. */
export const FILE_CSP =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/** `'sha256-…'` of each inline <script> of the H5 build's index.html (none when there is no build). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1]!.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function appDirectives(scriptHashes: readonly string[]): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...scriptHashes],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'blob:', 'data:'],
    mediaSrc: ["'self'", 'blob:', 'data:'],
    fontSrc: ["'self'", 'data:'],
    // the upload form reads the picked file back through fetch(blob:)
    connectSrc: ["'self'", 'blob:', 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

export async function registerSecurityHeaders(app: FastifyInstance, h5Dir: string | undefined): Promise<void> {
  const index = h5Dir ? join(h5Dir, 'index.html') : null;
  const hashes = index && existsSync(index) ? inlineScriptHashes(readFileSync(index, 'utf8')) : [];
  const isApi = (url: string) => url.startsWith('/api/');
  // added before helmet's own onRoute hook, so helmet sees the API routes as opted out
  app.addHook('onRoute', (route) => {
    if (isApi(route.url)) route.helmet = false;
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (isApi(request.url)) reply.headers(API_HEADERS);
    done();
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives(hashes) },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
