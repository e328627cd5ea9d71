import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Where the app's local mail catcher writes what it sends; specs read it (tests/e2e/mailbox.ts). */
export const E2E_MAIL_DIR = path.join(os.tmpdir(), `zi-e2e-mail-${PORT}`);

// Real Chromium (Debian's) against the real server on a throwaway embedded PostgreSQL with demo data.
export default defineConfig({
  testDir: "./tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/app.mjs --ephemeral --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/masuk`,
    reuseExistingServer: false,
    env: { MAIL_DIR: E2E_MAIL_DIR },
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
