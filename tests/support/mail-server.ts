import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll } from "vitest";
import { SMTPServer } from "smtp-server";

/** A real SMTP server in the test process: the app sends to it through SMTP_URL; tests read what arrived. */
export async function startTestMailServer() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Zona Integritas <noreply@zi.test>";
  process.env.APP_URL = "http://zi.test";
  return {
    received,
    to: (email: string) => received.filter((m) => [m.to].flat().some((a) => a?.text.includes(email))),
    clear: () => received.splice(0),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The set-password token in an email's link. */
export function tokenFrom(mail: ParsedMail): string {
  const match = /atur-kata-sandi\?token=([\w-]+)/.exec(mail.text ?? "");
  if (!match) throw new Error(`no set-password link in: ${mail.text}`);
  return decodeURIComponent(match[1]!);
}

export type TTestMailServer = Awaited<ReturnType<typeof startTestMailServer>>;

/** One SMTP server for the test file (started before its tests, stopped after); call to reach it. */
export function useTestMailServer(): () => TTestMailServer {
  let server: TTestMailServer | undefined;
  beforeAll(async () => {
    server = await startTestMailServer();
  });
  afterAll(() => server?.stop());
  return () => server!;
}
