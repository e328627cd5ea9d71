import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";

// Shapes as Prisma 7 with @prisma/adapter-pg and node-postgres raise them (recorded while
// stopping a real PostgreSQL; the fault test in tests/e2e exercises them for real).
const adapterError = (cause: object, code = "P2010") => ({ name: "PrismaClientKnownRequestError", code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnavailable", () => {
  it("recognises a stopped, restarting or saturated database", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "DatabaseNotReachable", host: "db", port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "TooManyConnections" }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe(true);
  });

  it("leaves real errors alone", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "UniqueConstraintViolation" }, "P2002"))).toBe(false);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable("text")).toBe(false);
  });
});
