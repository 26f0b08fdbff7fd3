// A CPU profiler for benchmarks, loaded with `--import` into a process under study (plain
// JavaScript: it loads before any TypeScript hook). With KEEL_PROFILE_DIR set, SIGUSR2 starts the
// inspector's sampling profiler and the next SIGUSR2 writes <dir>/<pid>-<n>.cpuprofile, so a
// benchmark can profile one process over one phase. Without the variable it does nothing.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const dir = process.env["KEEL_PROFILE_DIR"];
if (dir !== undefined && dir !== "") {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.enable", () =>
        session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")),
      );
      return;
    }
    running = false;
    session.post("Profiler.stop", (error, result) => {
      if (error === null) {
        written += 1;
        writeFileSync(join(dir, `${process.pid}-${written}.cpuprofile`), JSON.stringify(result.profile));
      }
    });
  });
}
