// What a command writes and reads: stdout for results (machine-readable where documented),
// stderr for progress and errors, stdin or a prompt for keys.
import { createInterface } from "node:readline";

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Reads a secret: the first line of stdin when piped, else a prompt on the terminal. */
  readSecret(prompt: string): Promise<string>;
  /** Reads all of stdin (secret data). */
  readAll(): Promise<Uint8Array>;
}

// A closed pipe on stdout (`keel status | head -1`) is not an error of the command.
process.stdout.on("error", () => undefined);

export const processIo: Io = {
  out: (line) => void process.stdout.write(line + "\n"),
  err: (line) => void process.stderr.write(line + "\n"),
  readSecret: async (prompt) => {
    if (process.stdin.isTTY) process.stderr.write(prompt);
    const rl = createInterface({ input: process.stdin, terminal: false });
    try {
      for await (const line of rl) return line.trim();
      return "";
    } finally {
      rl.close();
    }
  },
  readAll: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
};
