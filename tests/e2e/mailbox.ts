import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_MAIL_DIR } from "../../playwright.config";

/** The first message the app's mail catcher received for `email` (waits for the job to send it). */
export async function waitForMail(email: string, timeout = 30_000): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect.poll(async () => {
    const files = fs.existsSync(E2E_MAIL_DIR) ? fs.readdirSync(E2E_MAIL_DIR).filter((f) => f.endsWith(".eml")).sort() : [];
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, file)));
      if ([mail.to].flat().some((a) => a?.text.includes(email))) {
        found = mail;
        return true;
      }
    }
    return false;
  }, { timeout, intervals: [250, 500, 1000] }).toBe(true);
  return found!;
}

/** The path of the set-password link in an email (its host is the app's APP_URL). */
export function setPasswordPath(mail: ParsedMail): string {
  const match = /https?:\/\/[^/\s]+(\/atur-kata-sandi\?token=[\w%-]+)/.exec(mail.text ?? "");
  if (!match) throw new Error(`no set-password link in: ${mail.text}`);
  return match[1]!;
}
