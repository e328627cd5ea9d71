import type pg from "pg";

export type TTableInfo = { name: string; columns: string[] };

/**
 * The app's tables (all of schema public but Prisma's migration log), parents before children so
 * that a restore can load them in this order with every foreign key checked.
 */
export async function listTablesInDependencyOrder(client: pg.ClientBase): Promise<TTableInfo[]> {
  const columns = await client.query<{ table_name: string; column_name: string }>(`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
      AND c.is_generated = 'NEVER'
    ORDER BY c.table_name, c.ordinal_position`);
  const references = await client.query<{ child: string; parent: string }>(`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND child.relname <> parent.relname`);

  const byTable = new Map<string, string[]>();
  for (const row of columns.rows) byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row.column_name]);
  const parentsOf = new Map<string, Set<string>>([...byTable.keys()].map((name) => [name, new Set<string>()]));
  for (const { child, parent } of references.rows) parentsOf.get(child)?.add(parent);

  const ordered: TTableInfo[] = [];
  const placed = new Set<string>();
  while (placed.size < byTable.size) {
    const ready = [...byTable.keys()].filter((name) => !placed.has(name) && [...parentsOf.get(name)!].every((p) => placed.has(p)));
    if (!ready.length) throw new Error(`foreign keys form a cycle between ${[...byTable.keys()].filter((n) => !placed.has(n)).join(", ")}`);
    for (const name of ready.sort()) {
      ordered.push({ name, columns: byTable.get(name)! });
      placed.add(name);
    }
  }
  return ordered;
}

/** Columns filled from a sequence (autoincrement ids): after a restore they continue past the data. */
export async function listSequenceColumns(client: pg.ClientBase): Promise<{ table: string; column: string }[]> {
  const result = await client.query<{ table_name: string; column_name: string }>(`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`);
  return result.rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
