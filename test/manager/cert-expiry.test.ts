// `keel init --cert-expiry`: the cluster's node certificate lifetime from the first certificate
// on — the first manager's own, then every join (the signer reads the stored setting); a value
// out of bounds is INVALID_ARGUMENT before the data dir is touched.
import { access, readFile } from "node:fs/promises";
import { afterAll, describe, expect, test } from "vitest";
import { certBackdateMs, x509 } from "../../src/ca/index.js";
import { soleCluster } from "../../src/fsm/index.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { dataDir as dataDirOf } from "../../src/manager/data-dir.js";
import type { Manager } from "../../src/manager/manager.js";
import { CapturedLog, TempDirs, codeOf, joinAs, tuning } from "./helpers.js";

const hourMs = 60 * 60 * 1000;
const dirs = new TempDirs();
const log = new CapturedLog("cert-expiry");
const running: { stop(): Promise<void> }[] = [];

afterAll(async () => {
  for (const node of running.reverse()) await node.stop();
  await dirs.cleanup();
});

async function lifetimeMs(certificateFile: string): Promise<number> {
  const certificate = new x509.X509Certificate(await readFile(certificateFile, "utf8"));
  return certificate.notAfter.getTime() - certificate.notBefore.getTime();
}

describe("init --cert-expiry", () => {
  test("the first manager's certificate and a joining node's last the given time", async () => {
    const dataDir = await dirs.make("m1");
    const init = await initCluster(
      { dataDir, listen: "127.0.0.1:0", autolock: false, certExpiryMs: 3 * hourMs },
      { log: log.logger, tuning },
    );
    running.push(init.manager);
    expect(soleCluster((init.manager as Manager).node.store)?.spec.ca.nodeCertExpiryMs).toBe(3 * hourMs);
    // Certificate times are whole seconds; each starts certBackdateMs early.
    const own = await lifetimeMs(dataDirOf(dataDir).certificate);
    expect(Math.abs(own - (3 * hourMs + certBackdateMs))).toBeLessThan(1000);
    const worker = await joinAs({ dirs, log, tuning }, init.address, init.joinTokens.worker, "w1");
    running.push(worker);
    const joined = await lifetimeMs(worker.dir.certificate);
    expect(Math.abs(joined - (3 * hourMs + certBackdateMs))).toBeLessThan(1000);
  });

  test("a lifetime out of bounds is INVALID_ARGUMENT and leaves no data dir", async () => {
    for (const certExpiryMs of [60_000, 1.5, Number.MAX_SAFE_INTEGER]) {
      const dataDir = await dirs.make(`bad-${certExpiryMs}`);
      const failed = initCluster(
        { dataDir, listen: "127.0.0.1:0", autolock: false, certExpiryMs },
        { log: log.logger, tuning },
      );
      expect(await codeOf(failed)).toBe("INVALID_ARGUMENT");
      expect(await codeOf(access(dataDir))).toBe("ENOENT");
    }
  });
});
