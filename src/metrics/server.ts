// The metrics and health endpoint of a node (--metrics-addr HOST:PORT), like etcd's:
// /metrics (Prometheus text), /health (200 while the process is up), /ready (200 for a member
// that knows a leader and has applied what it committed; 503 when locked, partitioned or
// catching up, with the reason in the body).
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { KeelClient } from "../client/client.js";
import { NodeMetrics } from "./registry.js";
import { sample } from "./sample.js";

export class MetricsServer {
  #closing: Promise<void> | null = null;

  private constructor(
    private readonly server: Server,
    /** The address it listens on (the actual port when 0 was asked for). */
    readonly address: string,
  ) {}

  /** listen serves the node of `dataDir` at `addr` (HOST:PORT; port 0 picks a free one). */
  static async listen(
    addr: string,
    dataDir: string,
    metrics: NodeMetrics = new NodeMetrics(),
  ): Promise<MetricsServer> {
    const colon = addr.lastIndexOf(":");
    const host = addr.slice(0, colon);
    const port = Number(addr.slice(colon + 1));
    const client = KeelClient.local(dataDir);
    const server = createServer((request, response) => {
      const path = (request.url ?? "/").split("?")[0];
      if (request.method !== "GET" || (path !== "/metrics" && path !== "/health" && path !== "/ready")) {
        response
          .writeHead(404, { "content-type": "text/plain" })
          .end("not found: /metrics, /health, /ready\n");
        return;
      }
      if (path === "/health") {
        response.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
        return;
      }
      void (async () => {
        try {
          const readiness = await sample(client, metrics, Date.now());
          if (path === "/ready") {
            response
              .writeHead(readiness.ready ? 200 : 503, { "content-type": "text/plain" })
              .end(`${readiness.reason}\n`);
          } else {
            response
              .writeHead(200, { "content-type": metrics.registry.contentType })
              .end(await metrics.registry.metrics());
          }
        } catch (error) {
          response.writeHead(500, { "content-type": "text/plain" }).end(`${(error as Error).message}\n`);
        }
      })();
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const bound = server.address() as AddressInfo;
    return new MetricsServer(server, `${host}:${bound.port}`);
  }

  /** close stops serving; idempotent. */
  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.#closing;
  }
}
