// A CPU profiler for keel processes under `npm run bench -- cluster --profile DIR`, loaded with
// node's --import: each SIGUSR2 starts a profile, the next writes it to DIR/<pid>-<n>.cpuprofile
// (open it in Chrome's DevTools). The harness ends processes with SIGKILL, so nothing is
// written at exit; the bench signals around each phase instead.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const dir = process.env["KEEL_PROFILE_DIR"];
if (dir !== undefined && dir !== "") {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 250 });
  let running = false;
  let written = 0;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.start");
      return;
    }
    running = false;
    session.post("Profiler.stop", (error, result) => {
      if (error === null)
        writeFileSync(`${dir}/${process.pid}-${++written}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}
