// Pure helpers for the unit checkbox tree; shared by server queries and client forms.

export type TUnitOption = {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  level: string;
  /** 0 for the agency's top units. */
  depth: number;
};

type TUnitRow = Omit<TUnitOption, "depth">;

/** Depth-first order (parents before children, siblings by name), with each unit's depth. */
export function orderUnitTree(rows: readonly TUnitRow[]): TUnitOption[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, TUnitRow[]>();
  for (const row of rows) {
    // A parent outside the list (another scope) makes the unit a top unit of this tree.
    const key = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    children.set(key, [...(children.get(key) ?? []), row]);
  }
  const ordered: TUnitOption[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name, "id"));
    for (const row of siblings) {
      ordered.push({ ...row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** The unit and everything below it, in tree order. */
export function subtreeIds(ordered: readonly TUnitOption[], unitId: string): string[] {
  const start = ordered.findIndex((u) => u.id === unitId);
  if (start < 0) return [];
  const result = [unitId];
  for (let i = start + 1; i < ordered.length && ordered[i]!.depth > ordered[start]!.depth; i++) result.push(ordered[i]!.id);
  return result;
}
