// Expected failures: each carries a message fit to show the user (Bahasa Indonesia).
// Anything else is a bug: logged with its cause, shown as a generic message.

export class AppError extends Error {
  constructor(
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_STATE" | "INVALID_INPUT" | "UNAVAILABLE",
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sesi Anda telah berakhir. Silakan masuk kembali.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Anda tidak berwenang melakukan tindakan ini.") {
    super("FORBIDDEN", message);
  }
}

/** Also used for records the user may not see: existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(message = "Data tidak ditemukan.") {
    super("NOT_FOUND", message);
  }
}

export class ConflictError<TCurrent = unknown> extends AppError {
  constructor(
    message: string,
    readonly current?: TCurrent,
  ) {
    super("CONFLICT", message);
  }
}

export class InvalidStateError extends AppError {
  constructor(message: string) {
    super("INVALID_STATE", message);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super("INVALID_INPUT", message);
  }
}

/** The database or the file storage cannot be used right now: nothing was saved, try again. */
export class UnavailableError extends AppError {
  constructor(
    readonly resource: "database" | "storage",
    message: string,
    cause?: unknown,
  ) {
    super("UNAVAILABLE", message);
    this.cause = cause;
  }
}

export class DatabaseUnavailableError extends UnavailableError {
  constructor(cause?: unknown) {
    super("database", "Server sedang tidak dapat menjangkau basis data. Perubahan Anda belum tersimpan; coba lagi sebentar lagi.", cause);
  }
}
