// npm run restore -- DIR: brings a backup made by `npm run backup` into an empty installation
// (an empty database at DATABASE_URL, or the embedded one, and the configured file storage).
import path from "node:path";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { getStorage } from "@/lib/storage/get-storage";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run restore -- <backup folder>");
  process.exit(2);
}

try {
  const manifest = await restoreBackup({
    databaseUrl: process.env.DATABASE_URL!,
    storage: getStorage(),
    dir: path.resolve(dir),
    log: (line) => console.log(`[restore] ${line}`),
  });
  console.log(`[restore] done: backup of ${manifest.createdAt} restored`);
} catch (error) {
  console.error(`[restore] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
