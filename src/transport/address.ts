// host:port addresses as peers and clients dial them ("127.0.0.1:7946", "[::1]:7946").
import { TransportError } from "./errors.js";

/** parseAddress splits host:port; CONFIG_INVALID if it is not one. */
export function parseAddress(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(address);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (host === undefined || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TransportError({
      code: "CONFIG_INVALID",
      field: "address",
      reason: `${JSON.stringify(address)} is not host:port`,
    });
  }
  return { host, port };
}
