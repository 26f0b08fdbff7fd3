// Whether an address can be listened on, asked before anything is written or registered: an
// init or join on a port in use, or on an address this host does not have, fails at once.
import { createServer } from "node:net";
import { ManagerError } from "./errors.js";

/** checkListenable binds host:port for a moment; ADDRESS_UNAVAILABLE when it cannot. Port 0 always can. */
export async function checkListenable(address: { host: string; port: number }): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(address.port, address.host, () => resolve());
    });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "";
    const reason =
      code === "EADDRINUSE"
        ? "the port is in use"
        : code === "EADDRNOTAVAIL"
          ? "this host has no such address"
          : code === "EACCES"
            ? "not allowed to listen there"
            : String((cause as Error).message);
    throw new ManagerError(
      { code: "ADDRESS_UNAVAILABLE", address: `${address.host}:${address.port}`, reason },
      { cause },
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
