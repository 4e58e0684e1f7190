// The DNS-rebinding guard: the host answers only requests addressed to its own names — the loopback names on the port
// the request came in on, and the names of AFTERCARE_ALLOWED_HOSTS (a reverse proxy's public name). A page on
// another site that rebinds its own name to 127.0.0.1 sends that name as Host, and gets nothing but a 403.
import type { FastifyInstance } from 'fastify';
import { sendError } from './reply';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

export interface AllowedName {
  name: string;
  /** null: any port (a name behind a proxy is reached on whatever port the proxy listens on) */
  port: string | null;
}

/** `AFTERCARE_ALLOWED_HOSTS`: comma-separated names, each optionally with a port (`aftercare.example.com:8443`). */
export function parseAllowedHosts(value: string | undefined): AllowedName[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => splitHost(entry) ?? { name: entry, port: null });
}

function splitHost(host: string): { name: string; port: string | null } | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host);
  return m ? { name: m[1]!, port: m[2] ?? null } : null;
}

/** Whether a request with this Host header, arriving on `localPort`, is addressed to this host. */
export function isOwnHost(hostHeader: string | undefined, localPort: number, allowed: readonly AllowedName[]): boolean {
  if (!hostHeader) return false;
  const host = splitHost(hostHeader.trim().toLowerCase());
  if (!host) return false;
  if (LOOPBACK.includes(host.name)) {
    // the port must be ours; a browser leaves out :80
    return host.port === String(localPort) || (host.port === null && localPort === 80);
  }
  return allowed.some((a) => a.name === host.name && (a.port === null || a.port === host.port));
}

export function registerHostGuard(app: FastifyInstance, allowed: readonly AllowedName[]): void {
  // a callback hook, not an async one: it runs on every request
  app.addHook('onRequest', (request, reply, done) => {
    if (isOwnHost(request.headers.host, request.socket.localPort ?? 0, allowed)) return done();
    sendError(
      reply,
      'FORBIDDEN',
      '不接受发往该主机名的请求：请通过 http://127.0.0.1 或 localhost 访问，或把该域名加入 AFTERCARE_ALLOWED_HOSTS',
    );
  });
}
