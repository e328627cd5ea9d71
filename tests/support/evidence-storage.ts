import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Points the app's storage at a fresh temporary folder (local driver) for this test file. */
export function useTemporaryStorage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bukti-"));
  process.env.STORAGE_DRIVER = "local";
  process.env.STORAGE_DIR = dir;
  return {
    dir,
    /** Stored objects (not temporary files), relative to the folder. */
    files(): string[] {
      const out: string[] = [];
      const walk = (at: string) => {
        for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
          if (entry.name === ".tmp") continue;
          const full = path.join(at, entry.name);
          if (entry.isDirectory()) walk(full);
          else out.push(path.relative(dir, full));
        }
      };
      if (fs.existsSync(dir)) walk(dir);
      return out.sort();
    },
    /** Empties the folder (between tests, with the database reset). */
    clear() {
      for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
