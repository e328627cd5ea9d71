import { formatIssuePath, type TCatalogueIssue, type TIssuePath } from "@/lib/catalogue/catalogue-issue";
import { checkWeights } from "@/lib/catalogue/check-weights";
import { ALLOWED_CHILD_KIND, KIND_LABEL, KINDS_HOLDING_QUESTIONS } from "@/lib/catalogue/kind-labels";
import type { TFileNode } from "@/lib/catalogue/schemas";
import type { TInstrument, TNodeKind } from "@/lib/scoring/types";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Shape rules of the node tree: unique codes, nesting of kinds, children xor questions, weights.
 * An LKE starts with components; a PEKPPP catalogue starts with its aspects (kind "area"), whose
 * value is the mean of their indicators, so its weights are checked by checkIndexResults instead.
 */
export function checkTree(components: TFileNode[], instrument: TInstrument = "LKE_ZI"): TCatalogueIssue[] {
  const rootKind: TNodeKind = instrument === "PEKPPP" ? "area" : ALLOWED_CHILD_KIND.root;
  const issues: TCatalogueIssue[] = [];
  const add = (path: TIssuePath, message: string) => issues.push({ path, message });
  const firstPathOf = new Map<string, string>();
  const firstKeyOf = new Map<string, { path: string; explicit: boolean }>();

  const claimCode = (code: string, path: TIssuePath, noun: string) => {
    const first = firstPathOf.get(code);
    if (first === undefined) firstPathOf.set(code, formatIssuePath(path));
    else add([...path, "code"], `Kode ${noun} ${code} dipakai lebih dari sekali (pertama di ${first})`);
  };

  // Carry forward matches items across versions by key (default: the code): two items may never
  // share one. Two implicit keys clash only when the codes do, which is reported already.
  const claimKey = (question: { code: string; key?: string }, path: TIssuePath) => {
    const key = question.key ?? question.code;
    const explicit = question.key !== undefined;
    const first = firstKeyOf.get(key);
    if (first === undefined) firstKeyOf.set(key, { path: formatIssuePath(path), explicit });
    else if (explicit || first.explicit) add([...path, "key"], `Kunci butir ${key} dipakai lebih dari sekali (pertama di ${first.path})`);
  };

  const visit = (node: TFileNode, path: TIssuePath, parentKind: TNodeKind | "root") => {
    const name = `${KIND_LABEL[node.kind]} ${node.code}`;
    claimCode(node.code, path, KIND_LABEL[node.kind]);

    const expected = parentKind === "root" ? rootKind : ALLOWED_CHILD_KIND[parentKind];
    if (node.kind !== expected) {
      const where = parentKind === "root" ? "di tingkat teratas katalog" : `di bawah ${KIND_LABEL[parentKind]}`;
      add([...path, "kind"], `${capitalise(name)} tidak boleh berada ${where}; yang diharapkan ${KIND_LABEL[expected]}`);
    }

    const children = node.children ?? [];
    const questions = node.questions ?? [];
    if (children.length > 0 && questions.length > 0) {
      add(path, `${capitalise(name)} tidak boleh memiliki children dan questions sekaligus`);
    } else if (children.length === 0 && questions.length === 0) {
      add(path, `${capitalise(name)} harus memiliki children atau questions`);
    }
    if (questions.length > 0 && !KINDS_HOLDING_QUESTIONS.includes(node.kind)) {
      add([...path, "questions"], `Butir tidak boleh berada langsung di bawah ${name}; letakkan di indikator`);
    }
    if (instrument !== "PEKPPP") issues.push(...checkWeights(node, path));

    children.forEach((child, index) => visit(child, [...path, "children", index], node.kind));
    questions.forEach((question, index) => {
      claimCode(question.code, [...path, "questions", index], "butir");
      claimKey(question, [...path, "questions", index]);
    });
  };

  components.forEach((component, index) => visit(component, ["components", index], "root"));
  return issues;
}
