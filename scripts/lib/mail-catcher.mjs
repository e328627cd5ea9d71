// A local SMTP server for the embedded default: every message the app sends is written to a
// folder as an .eml file (open it with any mail program, or read it as text). Never for production.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/** Starts on a free port of 127.0.0.1; returns the SMTP_URL to give the app. */
export async function startMailCatcher(dir) {
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${String(++count).padStart(4, "0")}.eml`;
        fs.writeFile(path.join(dir, name), Buffer.concat(chunks), callback);
      });
    },
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address();
  return { url: `smtp://127.0.0.1:${port}`, dir, stop: () => new Promise((resolve) => server.close(resolve)) };
}
