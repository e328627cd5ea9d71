import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * Pages show 404 for records the user may not see, exactly as for records that do not exist.
 * Takes a promise, or a function for loads that begin with a synchronous authorize (which throws).
 */
export async function orNotFound<T>(load: Promise<T> | (() => T | Promise<T>)): Promise<T> {
  try {
    return await (typeof load === "function" ? load() : load);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
