import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A tiny request/response model shared by both emulators (plain node:http, no framework). */
export interface EmuRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  params: Record<string, string>;
  /** Absolute base URL of the server that received the request. */
  baseUrl: string;
}

export type EmuResponse =
  | { kind: "json"; status: number; body?: unknown; headers?: Record<string, string>; contentType?: string }
  | { kind: "raw"; status: number; body: Buffer | string; headers?: Record<string, string>; contentType: string }
  | { kind: "hang" }
  | { kind: "drop" };

export type Handler = (req: EmuRequest) => Promise<EmuResponse> | EmuResponse;

export const json = (status: number, body?: unknown, headers?: Record<string, string>): EmuResponse => ({
  kind: "json",
  status,
  body,
  headers,
});

export const problemJson = (status: number, body: unknown, headers?: Record<string, string>): EmuResponse => ({
  kind: "json",
  status,
  body,
  headers,
  contentType: "application/problem+json",
});

/** Adds headers to any answer that has them (hang/drop answers have none). */
export function withHeaders(response: EmuResponse, headers: Record<string, string>): EmuResponse {
  if (response.kind === "hang" || response.kind === "drop") return response;
  return { ...response, headers: { ...headers, ...response.headers } };
}

export class BadJsonError extends Error {}

/** Parses the body as JSON; an empty body is `undefined`. Throws BadJsonError on bad syntax. */
export function parseJsonBody(req: EmuRequest): unknown {
  if (req.body.length === 0) return undefined;
  try {
    return JSON.parse(req.body.toString("utf8"));
  } catch (error) {
    throw new BadJsonError((error as Error).message);
  }
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 40 * 1024 * 1024; // above WB's 32 MB photo limit

function send(res: ServerResponse, response: EmuResponse): void {
  if (response.kind === "hang") return; // keep the socket open until the client gives up or the server closes
  if (response.kind === "drop") {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { ...response.headers };
  let payload: Buffer | string = "";
  if (response.kind === "raw") {
    payload = response.body;
    headers["Content-Type"] = response.contentType;
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers["Content-Type"] = `${response.contentType ?? "application/json"}; charset=utf-8`;
  }
  headers["Content-Length"] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}

export async function startHttpServer(handler: Handler, options: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  let baseUrl = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        send(res, json(413, { title: "request body too long", status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", baseUrl);
      const request: EmuRequest = {
        method: (req.method ?? "GET").toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
        params: {},
        baseUrl,
      };
      Promise.resolve()
        .then(() => handler(request))
        .then((response) => send(res, response))
        .catch((error: unknown) => {
          console.error("emulator handler failed", error);
          if (!res.headersSent) send(res, json(500, { message: "emulator internal error" }));
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host}:${port}`;
  return {
    url: baseUrl,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // hung requests (fault injection) must not keep the server alive
        server.close(() => resolve());
      }),
  };
}
