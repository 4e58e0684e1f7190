// Requests fetch() cannot make: any Host header (or none), a path sent byte for byte, a body streamed in chunks.
import { request } from 'node:http';

export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** the body as JSON, or undefined when it is not JSON */
  json: any;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** false: no Host header at all */
  setHost?: boolean;
  /** sent as one piece (with a content-length) */
  body?: Buffer | string;
  /** sent as chunked transfer encoding, no content-length */
  chunks?: Buffer[];
}

/** One request on its own connection; rejects when the connection is reset before a whole reply arrived. */
export function rawRequest(baseUrl: string, req: RawRequest): Promise<RawReply> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method ?? 'GET',
        path: req.path,
        headers: {
          ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
          ...req.headers,
        },
        setHost: req.setHost ?? true,
        agent: false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    outgoing.on('error', reject);
    if (req.chunks) {
      const chunks = [...req.chunks];
      const next = (): void => {
        const chunk = chunks.shift();
        if (!chunk) {
          outgoing.end();
          return;
        }
        if (outgoing.write(chunk)) setImmediate(next);
        else outgoing.once('drain', next);
      };
      next();
    } else {
      outgoing.end(req.body);
    }
  });
}
