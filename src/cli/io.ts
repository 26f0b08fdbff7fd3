// What a command writes and reads: stdout for results (machine-readable where documented),
// stderr for progress and errors, stdin or a prompt for keys.
import { readKey, readLine } from "./prompt.js";

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Reads a secret: the first line of stdin when piped, else a prompt on the terminal. */
  readSecret(prompt: string): Promise<string>;
  /** Reads all of stdin (secret data). */
  readAll(): Promise<Uint8Array>;
  /** Whether stdin is a terminal (a person types), so data is prompted for, not read to the end. */
  readonly stdinIsTerminal?: boolean;
  /** Reads one line typed unechoed at a prompt, exactly as typed, without its newline. */
  readHidden?(prompt: string): Promise<string>;
}

// A closed pipe on stdout (`keel status | head -1`) is not an error of the command.
process.stdout.on("error", () => undefined);

export const processIo: Io = {
  out: (line) => void process.stdout.write(line + "\n"),
  err: (line) => void process.stderr.write(line + "\n"),
  // On a terminal the key is typed unechoed, the prompt on stderr (stdout is for results).
  readSecret: (prompt) => readKey(prompt, process.stderr),
  stdinIsTerminal: process.stdin.isTTY,
  readHidden: (prompt) => readLine(prompt, process.stderr),
  readAll: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
};
