// Where a manager is reached, as opposed to where it listens. A listen address such as 0.0.0.0:P
// or [::]:P means every address of this host: peers cannot dial it, so it is never advertised;
// without --advertise-addr it is refused (UNSPECIFIED_ADDRESS) before anything is written.
import { isIP } from "node:net";
import { ManagerError } from "./errors.js";
import { splitAddress } from "./storage.js";

/** What a manager advertises: a host, and a port unless the listener's is meant. */
export interface Advertised {
  readonly host: string;
  readonly port: number | null;
}

/** isUnspecified: the host means "any address" (0.0.0.0, ::, or an empty host). */
export function isUnspecified(host: string): boolean {
  if (host === "") return true;
  if (isIP(host) === 4) return host.split(".").every((part) => Number(part) === 0);
  if (isIP(host) === 6) return /^[0:]+$/.test(host);
  return false;
}

/**
 * advertisedOf decides what a manager listening on `listen` advertises: `advertise` when given
 * (HOST:PORT, or HOST to keep the listener's port), else the listen host itself.
 */
export function advertisedOf(
  listen: { host: string; port: number },
  advertise: string | undefined,
): Advertised {
  if (advertise === undefined) {
    if (isUnspecified(listen.host)) throw unspecified(`${hostText(listen.host)}:${listen.port}`, "--listen");
    return { host: listen.host, port: null };
  }
  const advertised = parseAdvertise(advertise);
  if (isUnspecified(advertised.host)) throw unspecified(advertise, "--advertise-addr");
  if (advertised.port === 0) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "advertise address",
      reason: "port 0 is not an address peers can dial; leave the port out to advertise the listener's",
    });
  }
  return advertised;
}

/** parseAdvertise reads HOST:PORT, [V6]:PORT, or a host alone (HOST, V6, [V6]). */
function parseAdvertise(text: string): Advertised {
  const bracketed = /^\[([^\]]+)\]$/.exec(text)?.[1];
  if (bracketed !== undefined) return { host: bracketed, port: null };
  if (isIP(text) === 6 || !text.includes(":")) return { host: text, port: null };
  return splitAddress(text);
}

/** addressOf is the advertised HOST:PORT once the listener's port is known. */
export function addressOf(advertised: Advertised, listenerPort: number): string {
  return `${hostText(advertised.host)}:${advertised.port ?? listenerPort}`;
}

/** An IPv6 host is bracketed in HOST:PORT. */
function hostText(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

function unspecified(address: string, flag: string): ManagerError {
  return new ManagerError({ code: "UNSPECIFIED_ADDRESS", address, flag });
}
