// Security headers on every reply (@fastify/helmet): a Content-Security-Policy that lets the Taro H5 build run and
// nothing else — its scripts from this host (its one inline script, the rem sizing, by hash), inline styles (Taro
// and NutUI set style attributes), pictures and videos from here or picked on the phone (blob:, data:), calls to
// this host only, no framing — plus nosniff, no referrer, no HSTS (the host does not know whether a proxy adds TLS).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

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
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives(hashes) },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
