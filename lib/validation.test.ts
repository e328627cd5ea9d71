import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { ZSaveAnswer } from "@/lib/assessments/schemas";
import { ZChangePassword, ZLogin } from "@/lib/auth/schemas";
import { ZAddLink, ZRenameEvidence } from "@/lib/evidence/schemas";
import { ZCreatePeriod } from "@/lib/periods/schemas";
import { ZLheDraft, ZNote, ZPrecondition, ZVerdict } from "@/lib/review/schemas";
import { CONTROL_CHARACTER_MESSAGE, isPlainText } from "@/lib/validation";

// Every free-text field of every form schema: a control character is refused with the one
// message, and a text over its limit with an Indonesian one.

const ID = "asm-a";
const WINDOW = { opensAt: "2026-01-01", closesAt: "2026-02-01" };
const period = (name: string) => ({
  agencyId: "ag", year: 2026, name, catalogueVersionId: "cv", unitIds: ["u"],
  windows: { SELF_ASSESSMENT: WINDOW, REVIEW: WINDOW, REVISION: WINDOW, FINAL: WINDOW },
});

// [schema, a valid input with the text in the field under test, the field's limit]
const FIELDS: [string, ZodType, (text: string) => unknown, number][] = [
  ["narrative", ZSaveAnswer, (t) => ({ assessmentId: ID, itemId: "i", expectedVersion: 0, answer: null, narrative: t }), 5000],
  ["note", ZNote, (t) => ({ assessmentId: ID, itemId: "i", body: `a${t}` }), 4000],
  ["verdict note", ZVerdict, (t) => ({ assessmentId: ID, itemId: "i", verdict: "ACCEPTED", note: t }), 4000],
  ["precondition note", ZPrecondition, (t) => ({ assessmentId: ID, label: "TLHP", met: true, note: t }), 4000],
  ["precondition label", ZPrecondition, (t) => ({ assessmentId: ID, label: `a${t}`, met: true, note: "SAKIP B" }), 300],
  ["LHE recommendation", ZLheDraft, (t) => ({ assessmentId: ID, recommendations: { "A.I.1": t } }), 4000],
  ["period name", ZCreatePeriod, (t) => period(`Periode ${t}`), 120],
  ["evidence title", ZRenameEvidence, (t) => ({ evidenceId: "e", title: `Notulen ${t}` }), 200],
  ["evidence link", ZAddLink, (t) => ({ assessmentId: ID, itemId: "i", title: "Situs", url: `https://zi.go.id/${t}` }), 2000],
];

describe.each(FIELDS)("%s", (_name, schema, build, max) => {
  it("accepts ordinary text with tabs and line breaks", () => {
    expect(schema.safeParse(build("baris\tsatu")).success).toBe(true);
  });

  it.each(["\u0000", "\u0001", "\u0008", "\u000b", "\u001f", "\u007f"])("refuses control character %j with the message", (c) => {
    const result = schema.safeParse(build(`teks${c}teks`));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(CONTROL_CHARACTER_MESSAGE);
  });

  it("refuses text over its limit in Indonesian", () => {
    const result = schema.safeParse(build("x".repeat(max + 1)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/paling (banyak|panjang)|terlalu panjang/);
  });
});

describe("sign-in and password schemas", () => {
  it("bound the email and the passwords", () => {
    expect(ZLogin.safeParse({ email: `${"a".repeat(250)}@zi.id`, password: "x" }).error?.issues[0]?.message).toBe("Alamat email terlalu panjang.");
    expect(ZLogin.safeParse({ email: "a@zi.id", password: "x".repeat(201) }).error?.issues[0]?.message).toBe("Kata sandi terlalu panjang.");
    expect(ZChangePassword.safeParse({ currentPassword: "lama", newPassword: "x".repeat(201) }).error?.issues[0]?.message).toBe("Kata sandi terlalu panjang.");
  });
});

describe("isPlainText", () => {
  it("allows tab, LF, CR and any printable Unicode; refuses other C0 controls and DEL", () => {
    expect(isPlainText("Rp 1.000\t✓\r\nZona Integritas — WBK/WBBM")).toBe(true);
    for (let code = 0; code < 32; code++) {
      expect(isPlainText(String.fromCharCode(code))).toBe(code === 9 || code === 10 || code === 13);
    }
    expect(isPlainText("\u007f")).toBe(false);
  });
});
