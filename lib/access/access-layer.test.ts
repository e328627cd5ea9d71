import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The rules of the access layer, checked on the source: proofs are made only in lib/access, the
// mechanisms it replaced do not come back, and no exported function lets an unchecked id travel.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [relative] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), "utf8") }));
const inAccessLayer = (file: string) => file.startsWith("lib/access/");

/** Names of the old ways to authorise, each a second mechanism beside lib/access. */
const REPLACED = [
  "hasRole", "requireAdmin", "rolesOn", "unitWhereVisibleTo", "assessmentWhereVisibleTo", "unitWhereAdministeredBy", "agencyWhereManagedBy",
  "periodWhereManagedBy", "requireAssessment", "assertAssessmentPermission", "loadAssessmentScope", "TAssessmentScope", "getDashboardScope",
  "dashboardRolesOnly", "unitInScopeSql", "assertLeadEvaluator", "isLeadEvaluator", "assertManagedAgency", "getManagedAgencyLogo",
];

/** Resource ids that may only travel inside a proof. */
const RESOURCE_ID = /^(assessment|evidence|period|agency|import)Id$/;

/**
 * Score storage (lib/assessments/store-scores.ts) recomputes one assessment inside a transaction
 * its caller opened after authorising it (saves, reviews), or without a user in seeds and the
 * recompute script. Listed here, by name, rather than proof-taking: see the access layer's notes.
 */
const KNOWN_INTERNAL = new Set(["lib/assessments/store-scores.ts: storeScores", "lib/assessments/store-scores.ts: writeScoreRows"]);

type TFunction = { name: string; exported: boolean; params: { name: string; type: string }[]; body: string };

/** The file's top-level functions (declarations and `const x = (async) (...) =>`, also inside cache()). */
function topLevelFunctions(file: string, text: string): TFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: TFunction[] = [];
  const describe = (name: string, fn: ts.SignatureDeclaration & { body?: ts.Node }, isExported: boolean) =>
    found.push({
      name, exported: isExported, body: fn.body?.getText(source) ?? "",
      params: fn.parameters.map((p) => ({ name: p.name.getText(source), type: p.type?.getText(source) ?? "" })),
    });
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const functionIn = (node: ts.Node | undefined): (ts.ArrowFunction | ts.FunctionExpression) | undefined => {
    if (!node) return undefined;
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
    // export const x = cache(async (...) => ...)
    if (ts.isCallExpression(node)) return node.arguments.map(functionIn).find(Boolean);
    return undefined;
  };
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) describe(statement.name.text, statement, exported(statement));
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const fn = functionIn(declaration.initializer);
        if (fn && ts.isIdentifier(declaration.name)) describe(declaration.name.text, fn, exported(statement));
      }
    }
  }
  return found;
}

/** Whether the body calls an authorize function, itself or through a function of the same file. */
function authorises(body: string, locals: TFunction[], depth = 3): boolean {
  if (/\bauthorize[A-Z]\w*\(/.test(body)) return true;
  if (depth === 0) return false;
  return locals.some((local) => new RegExp(`\\b${local.name}\\(`).test(body) && authorises(local.body, locals, depth - 1));
}

describe("the access layer", () => {
  it("finds the source it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.file === "lib/access/assessment-access.ts")).toBe(true);
  });

  it("makes proofs only in lib/access: nothing else imports the seal", () => {
    const outside = files.filter((f) => !inAccessLayer(f.file) && /["']@\/lib\/access\/seal["']/.test(f.text)).map((f) => f.file);
    expect(outside).toEqual([]);
  });

  it("has no second mechanism: the replaced helpers are gone", () => {
    const uses = files.flatMap((f) => REPLACED.filter((name) => new RegExp(`\\b${name}\\b`).test(f.text)).map((name) => `${f.file}: ${name}`));
    expect(uses).toEqual([]);
  });

  it("lets no unchecked id travel: an exported function taking a bare resource id is unsafe... or authorises it itself", () => {
    const offenders = files.flatMap(({ file, text }) => {
      if (inAccessLayer(file) || file.startsWith("app/")) return [];
      // Data files (server-only) are where an id can reach the database.
      if (!text.includes('import "server-only"')) return [];
      const functions = topLevelFunctions(file, text);
      return functions.flatMap((fn) => {
        if (!fn.exported || fn.name.startsWith("unsafe") || KNOWN_INTERNAL.has(`${file}: ${fn.name}`)) return [];
        const ids = fn.params.filter((p) => RESOURCE_ID.test(p.name));
        if (ids.length === 0) return [];
        // A proof in hand: the id is one the proof's scope covers (a period of the dashboard's scope).
        if (fn.params.some((p) => /\bT\w*Access\b/.test(p.type))) return [];
        const takesUser = fn.params.some((p) => p.type === "TSessionUser");
        return takesUser && authorises(fn.body, functions) ? [] : [`${file}: ${fn.name}(${ids.map((p) => p.name).join(", ")})`];
      });
    });
    expect(offenders).toEqual([]);
  });

  it("authorises in every function that takes the signed-in user and the client's input", () => {
    // The input names the resource; only an authorize function may turn it into one.
    const offenders = files.flatMap(({ file, text }) => {
      if (inAccessLayer(file) || file.startsWith("app/") || file.startsWith("lib/auth/")) return [];
      const functions = topLevelFunctions(file, text);
      return functions.flatMap((fn) => {
        const takesUser = fn.params.some((p) => p.type === "TSessionUser");
        const takesInput = fn.params.some((p) => p.type === "unknown" || /^T\w*Input$/.test(p.type));
        return fn.exported && takesUser && takesInput && !authorises(fn.body, functions) ? [`${file}: ${fn.name}`] : [];
      });
    });
    expect(offenders).toEqual([]);
  });
});
