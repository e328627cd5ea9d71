import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";

/** Puts the server's field messages (same paths as the zod schema) under their fields. */
export function applyServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string> | undefined) {
  for (const [path, message] of Object.entries(fieldErrors ?? {})) {
    if (path !== "_") setError(path as FieldPath<T>, { type: "server", message });
  }
}
