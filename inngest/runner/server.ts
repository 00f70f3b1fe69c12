import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { ingestEvents } from "./events";
import type { RunnerContext } from "./context";
import { headers, incomingEventSchema } from "./protocol";

const bodySchema = z.union([z.array(incomingEventSchema), incomingEventSchema.transform((event) => [event])]);
const maxBodyBytes = 10 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error("Body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type IntakeServer = { url: string; close: () => Promise<void> };

/**
 * The event API `inngest.send()` talks to: POST /e/<event key> with a JSON array of events, answered
 * with {ids, status: 200}. Any key is accepted: the server listens on loopback for the local app only.
 * `beforeIngest` lets the intake wait for the first sync so early events find their functions.
 */
export async function startIntakeServer(
  context: RunnerContext,
  options: { host: string; port: number; beforeIngest: () => Promise<void> },
): Promise<IntakeServer> {
  const server: Server = createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? "/", "http://runner").pathname;
    if (request.method === "GET" && path === "/health") return reply(200, { status: "ok" });
    if (request.method !== "POST" || !/^\/e\/[^/]+\/?$/.test(path)) return reply(404, { error: "Not found", status: 404 });
    try {
      const parsed = bodySchema.safeParse(JSON.parse(await readBody(request)));
      if (!parsed.success) return reply(400, { error: parsed.error.message, status: 400 });
      await options.beforeIngest();
      const seed = request.headers[headers.eventIdSeed];
      const ids = await ingestEvents(context, parsed.data, typeof seed === "string" ? seed : null);
      reply(200, { ids, status: 200 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply(error instanceof SyntaxError ? 400 : 500, { error: message, status: error instanceof SyntaxError ? 400 : 500 });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
