import type { Role } from "@/lib/generated/prisma/enums";

/** One row of an uploaded user list as the preview shows it; `problems` empty means it will be created. */
export type TUserImportRow = {
  /** Row number in the sheet, as the admin sees it in Excel. */
  row: number;
  name: string;
  email: string;
  nip: string;
  phone: string;
  roleText: string;
  role: Role | null;
  unitCode: string;
  unitId: string | null;
  unitName: string | null;
  problems: string[];
};

/** Stored with the upload (UserImport.preview) until it is applied, dropped or expires. */
export type TUserImportPreview = { sheetName: string; rows: TUserImportRow[]; problemRows: number };

/** Long enough to read and fix nothing, short enough that the database has not moved on. */
export const USER_IMPORT_TTL_MS = 30 * 60 * 1000;
