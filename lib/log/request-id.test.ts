import { describe, expect, it } from "vitest";
import { assignRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

describe("assignRequestId", () => {
  it("gives a request without one a fresh id and forwards it", () => {
    const headers = new Headers();
    const id = assignRequestId(headers);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get(REQUEST_ID_HEADER)).toBe(id);
    expect(assignRequestId(new Headers())).not.toBe(id);
  });

  it("keeps a load balancer's id when it is plainly an id", () => {
    const headers = new Headers({ [REQUEST_ID_HEADER]: "lb-7f3a9c.2026:01" });
    expect(assignRequestId(headers)).toBe("lb-7f3a9c.2026:01");
  });

  it("replaces an upstream value that could forge or break a log line", () => {
    for (const bad of ["short", "a b c d e f g h", 'x"},{"level":"error"', "x".repeat(200), "id;rm-rf/"]) {
      const id = assignRequestId(new Headers({ [REQUEST_ID_HEADER]: bad }));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
