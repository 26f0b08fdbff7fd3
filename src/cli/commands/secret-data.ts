// Where `keel secret create` takes its data: a file, stdin (`-` or a pipe) read to the end, or,
// on a terminal, one line typed unechoed (the Enter that ends it is not part of the secret).
// Over the limit is SECRET_TOO_LARGE whatever the size, found before a large file is read.
import { open } from "node:fs/promises";
import { secretTooLarge } from "../../client/errors.js";
import { secretDataBytesMax } from "../../fsm/limits.js";
import { UsageError } from "../args.js";
import type { Io } from "../io.js";

export async function secretData(name: string, file: string | undefined, io: Io): Promise<Uint8Array> {
  if (file !== undefined && file !== "-") return readBounded(name, file);
  if (file === undefined && io.stdinIsTerminal === true && io.readHidden !== undefined) {
    const typed = await io.readHidden(`Secret data for ${name} (typed unechoed; Enter ends it): `);
    if (typed.length === 0) throw new UsageError("no secret data typed");
    return checked(name, new TextEncoder().encode(typed));
  }
  return checked(name, await io.readAll());
}

function checked(name: string, data: Uint8Array): Uint8Array {
  if (data.length <= secretDataBytesMax) return data;
  data.fill(0);
  throw secretTooLarge(name, data.length, secretDataBytesMax);
}

async function readBounded(name: string, path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > secretDataBytesMax) throw secretTooLarge(name, size, secretDataBytesMax);
    return checked(name, new Uint8Array(await handle.readFile()));
  } finally {
    await handle.close();
  }
}
