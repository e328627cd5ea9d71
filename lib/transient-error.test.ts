import { describe, expect, it } from "vitest";
import { isTransientDatabaseError } from "@/lib/transient-error";

describe("isTransientDatabaseError", () => {
  it("recognises busy or dropped databases however Prisma wraps them", () => {
    expect(isTransientDatabaseError({ code: "P2028", message: "Unable to start a transaction in the given time." })).toBe(true);
    expect(isTransientDatabaseError({ code: "P2034" })).toBe(true);
    expect(isTransientDatabaseError({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "TransactionWriteConflict" } } } })).toBe(true);
    expect(isTransientDatabaseError({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } })).toBe(true);
    expect(isTransientDatabaseError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toBe(true);
  });

  it("leaves real errors alone", () => {
    expect(isTransientDatabaseError(new Error("bug"))).toBe(false);
    expect(isTransientDatabaseError({ code: "P2002" })).toBe(false);
    expect(isTransientDatabaseError({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "23505" } } } })).toBe(false);
    expect(isTransientDatabaseError(null)).toBe(false);
  });
});
