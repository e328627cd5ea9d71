import fs from "node:fs";
import { unsafeImportCatalogue } from "@/lib/catalogue/mutations";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { SHIPPED_CATALOGUE } from "@/prisma/seed/bootstrap-catalogue";

// The shipped catalogue FILE (lke-zi-2021.json) as plain data, for tests that import changed copies.

type TJson = Record<string, unknown>;
export type TFileQuestion = TJson & { code: string; options?: { key: string; label: string; value: number }[] };
export type TFileNode = TJson & { code: string; kind: string; weight: number; children?: TFileNode[]; questions?: TFileQuestion[] };
export type TCatalogueFileData = TJson & { code: string; components: TFileNode[] };

/** A fresh deep copy on every call: tests may change it freely. */
export function readShippedCatalogueFile(): TCatalogueFileData {
  return JSON.parse(fs.readFileSync(SHIPPED_CATALOGUE, "utf8")) as TCatalogueFileData;
}

export function parseOrThrow(file: unknown) {
  const parsed = parseCatalogueFile(file);
  if (!parsed.ok) throw new Error(`catalogue file invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.catalogue;
}

export function importCatalogueFile(file: unknown, actorId: string | null = null) {
  return unsafeImportCatalogue(parseOrThrow(file), actorId);
}

export function fileNodes(file: TCatalogueFileData): TFileNode[] {
  const out: TFileNode[] = [];
  const walk = (node: TFileNode) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  file.components.forEach(walk);
  return out;
}

export function fileQuestions(file: TCatalogueFileData): TFileQuestion[] {
  return fileNodes(file).flatMap((node) => node.questions ?? []);
}

export function findQuestion(file: TCatalogueFileData, code: string): TFileQuestion {
  const question = fileQuestions(file).find((q) => q.code === code);
  if (!question) throw new Error(`no question ${code} in the catalogue file`);
  return question;
}

/** The shipped catalogue with one option label changed: same structure, different content. */
export function changedCatalogueFile(code = "A.I.1.1.b", label = "Label opsi A diubah untuk pengujian"): TCatalogueFileData {
  const file = readShippedCatalogueFile();
  const option = findQuestion(file, code).options?.[0];
  if (!option) throw new Error(`${code} has no options`);
  option.label = label;
  return file;
}
