// npm run backup [-- --out DIR]: the database and every bukti dukung file, as one consistent
// backup folder (format: lib/backup/manifest.ts, README "Backups"). Default folder:
// .data/backups/zi-backup-<UTC time>. Safe while the app runs.
import path from "node:path";
import { createBackup } from "@/lib/backup/create-backup";
import { getStorage } from "@/lib/storage/get-storage";

const args = process.argv.slice(2);
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
const outDir = path.resolve(args.includes("--out") ? args[args.indexOf("--out") + 1]! : path.join(".data/backups", `zi-backup-${stamp}`));

try {
  const manifest = await createBackup({
    databaseUrl: process.env.DATABASE_URL!,
    storage: getStorage(),
    outDir,
    log: (line) => console.log(`[backup] ${line}`),
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`[backup] written: ${outDir} (${manifest.tables.length} tables, ${rows} rows, ${manifest.files.length} files)`);
} catch (error) {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
