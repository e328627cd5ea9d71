import "server-only";

const MB = 1024 * 1024;

export type TEvidenceLimits = { maxFileBytes: number; maxAssessmentBytes: number };

function megabytes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === "") return fallback * MB;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number of megabytes, got ${JSON.stringify(value)}`);
  return Math.floor(parsed * MB);
}

/** EVIDENCE_MAX_FILE_MB (default 20) per file, EVIDENCE_MAX_ASSESSMENT_MB (default 2048) per LKE. */
export function getEvidenceLimits(env: Record<string, string | undefined> = process.env): TEvidenceLimits {
  return {
    maxFileBytes: megabytes(env.EVIDENCE_MAX_FILE_MB, 20, "EVIDENCE_MAX_FILE_MB"),
    maxAssessmentBytes: megabytes(env.EVIDENCE_MAX_ASSESSMENT_MB, 2048, "EVIDENCE_MAX_ASSESSMENT_MB"),
  };
}
