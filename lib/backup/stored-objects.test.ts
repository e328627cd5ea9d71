import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STORAGE_KEY_COLUMNS } from "@/lib/backup/stored-objects";

// A new column that names a stored file must reach the backup: every String field of the schema
// that is called `...Key` or documented as "in storage" is either in STORAGE_KEY_COLUMNS or
// listed here as something else.
const NOT_STORAGE_KEYS: Record<string, string> = {
  "Answer.optionKey": "the option chosen in an answer",
  "Notification.dedupeKey": "one notification per event and recipient",
};

/** `Model.field` of each String field that looks like it names a stored object. */
function storageLikeFields(schema: string): string[] {
  const found: string[] = [];
  let model: string | null = null;
  let docs = "";
  for (const line of schema.split("\n")) {
    const start = /^model (\w+) \{/.exec(line);
    if (start) model = start[1]!;
    else if (line.startsWith("}")) model = null;
    if (!model) continue;
    if (line.trim().startsWith("///")) {
      docs += line;
      continue;
    }
    const field = /^\s+(\w+)\s+String\??(?:\s|$)/.exec(line);
    if (field && (field[1]!.endsWith("Key") || /\bin storage\b/i.test(docs))) found.push(`${model}.${field[1]}`);
    docs = "";
  }
  return found.sort();
}

describe("STORAGE_KEY_COLUMNS", () => {
  it("names every column of the schema that holds a storage key", () => {
    const schema = fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
    const listed = STORAGE_KEY_COLUMNS.map((c) => `${c.table}.${c.column}`);
    expect(storageLikeFields(schema)).toEqual([...listed, ...Object.keys(NOT_STORAGE_KEYS)].sort());
  });

  it("spots a new one", () => {
    const schema = `model Unit {\n  id String @id\n  /// Scanned charter in storage (lib/storage).\n  charter String?\n  bannerKey String?\n}\n`;
    expect(storageLikeFields(schema)).toEqual(["Unit.bannerKey", "Unit.charter"]);
  });
});
