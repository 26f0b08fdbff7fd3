// A memory reporter for keel processes under `npm run bench -- hostile`, loaded with node's
// --import (plain JavaScript: it loads before any TypeScript hook). With KEEL_MEMORY_DIR set, the
// process writes its process.memoryUsage() to DIR/<pid>.json every 100 ms, so that the benchmark
// can split a manager's resident memory into V8's heap, external and array buffers — RSS is all
// that /proc shows from outside. Unref'd: it keeps no process alive. Without the variable it does
// nothing.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setInterval } from "node:timers";

const dir = process.env["KEEL_MEMORY_DIR"];
if (dir !== undefined && dir !== "") {
  const file = join(dir, `${process.pid}.json`);
  const write = () => {
    // Written beside and renamed: a reader never sees half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
    renameSync(`${file}.tmp`, file);
  };
  write();
  setInterval(write, 100).unref();
}
