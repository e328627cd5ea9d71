import pino from "pino";

/**
 * The app's one logger: JSON lines on stdout (one object per line, ISO timestamps, the level as a
 * word), ready for any log collector. Every instance adds its pid and hostname, so lines from
 * several instances behind a load balancer stay apart. LOG_LEVEL overrides the level (default
 * info; silent under Vitest unless asked).
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // Belt and braces: nothing that authenticates anyone is ever written out.
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "headers.cookie", "headers.authorization"], censor: "[redacted]" },
});

export type TLogger = pino.Logger;
