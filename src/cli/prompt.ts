// Reading the unlock key: a prompt that does not echo on a terminal, else the first line of stdin.
import { createInterface } from "node:readline";

/** readKey reads a key: the first line of piped stdin, or typed at a prompt written to `out`, unechoed. */
export async function readKey(prompt: string, out: NodeJS.WriteStream = process.stdout): Promise<string> {
  return (await readLine(prompt, out)).trim();
}

/**
 * readLine reads one line as typed: the first line of piped stdin, or typed at a prompt written
 * to `out`, unechoed; without the newline that ends it, and otherwise untouched.
 */
export async function readLine(prompt: string, out: NodeJS.WriteStream = process.stdout): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const rl = createInterface({ input: stdin, terminal: false });
    try {
      for await (const line of rl) return line;
      return "";
    } finally {
      rl.close();
    }
  }
  // Echo off before the prompt shows: a key typed or pasted the moment it appears is not echoed.
  stdin.setRawMode(true);
  out.write(prompt);
  return new Promise<string>((resolve) => {
    let text = "";
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (): void => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      out.write("\n");
      resolve(text);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") {
          done();
          process.kill(process.pid, "SIGINT");
          return;
        }
        if (ch === "\u007f" || ch === "\b") text = text.slice(0, -1);
        else if (ch >= " " || ch === "\t") text += ch;
      }
    };
    stdin.on("data", onData);
  });
}
