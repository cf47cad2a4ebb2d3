import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FixtureRoute {
  host: string;
  path: string;
  /** A file under test/fixtures, or inline HTML. */
  file?: string;
  html?: string;
  contentType?: string;
  /** A file under test/fixtures whose content is put at the start of <head> (hostile scripts on a real console page). */
  inject?: string;
  /** The HTTP status (default 200): a feed that is down. */
  status?: number;
}

export type RequestLog = { method: string; host: string; url: string; headers: Record<string, string | string[] | undefined>; body: string }[];

/**
 * Serves fixture pages on 127.0.0.1 over HTTPS (self-signed, test/e2e/tls) and plain HTTP, choosing the page by Host header and path, so that Chromium with
 * --host-resolver-rules sees realistic host names (pbx.acme.example, acme.zendesk.com) on one local port.
 * Unknown paths on a known host get an empty 200 page (missing assets of reconstructed consoles); unknown
 * hosts 404. Every request is logged (the leak tests search it).
 */
export class FixtureServer {
  private routes = new Map<string, FixtureRoute>();
  readonly requests: RequestLog = [];
  private readonly https = createHttpsServer({ cert: readFileSync('test/e2e/tls/cert.pem'), key: readFileSync('test/e2e/tls/key.pem') }, (req, res) => this.handle(req, res));
  private readonly http = createHttpServer((req, res) => this.handle(req, res));
  /** HTTPS, as real consoles are served. */
  port = 0;
  /** Plain HTTP, for the "console without HTTPS" cases. */
  httpPort = 0;

  async start(): Promise<this> {
    const listen = (s: Server) => new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
    [this.port, this.httpPort] = await Promise.all([listen(this.https), listen(this.http)]);
    return this;
  }

  async stop(): Promise<void> {
    for (const s of [this.https, this.http]) s.closeAllConnections();
    await Promise.all([this.https, this.http].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }

  add(route: FixtureRoute): string {
    // The server looks up by path alone, so a fixture path with a query is registered under its pathname.
    this.routes.set(`${route.host.toLowerCase()}${route.path.split('?')[0]}`, route);
    return this.url(route.host, route.path);
  }

  url(host: string, path = '/'): string {
    return `https://${host}:${this.port}${path}`;
  }

  insecureUrl(host: string, path = '/'): string {
    return `http://${host}:${this.httpPort}${path}`;
  }

  origin(host: string): string {
    return `https://${host}:${this.port}`;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '/').split('?')[0]!;
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      this.requests.push({ method: req.method ?? 'GET', host, url: req.url ?? '', headers: req.headers, body });
      const route = this.routes.get(`${host}${path}`);
      if (route) {
        let html = route.html ?? readFileSync(join('test/fixtures', route.file!), 'utf8');
        if (route.inject) {
          const snippet = readFileSync(join('test/fixtures', route.inject), 'utf8');
          html = /<head>/i.test(html) ? html.replace(/<head>/i, `<head>\n${snippet}`) : snippet + html;
        }
        res.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(html);
      } else if ([...this.routes.keys()].some((k) => k.startsWith(`${host}/`))) {
        res.writeHead(200, { 'content-type': /\.js$/.test(path) ? 'text/javascript' : /\.css$/.test(path) ? 'text/css' : 'text/plain' });
        res.end('');
      } else {
        res.writeHead(404).end('no fixture');
      }
    });
  }
}
