import type { NotificationKind, PasswordTokenPurpose } from "@/lib/generated/prisma/enums";

/** Every kind of background job and the payload it carries (ids only: jobs read fresh data). */
export type TJobPayloads = {
  /** Emails a set-password link (a new token is made by the job, so it is never stored in clear). */
  "password-link": { email: string; purpose: PasswordTokenPurpose };
  /** Creates the notifications of an LKE event (one per recipient, once). */
  "notify-event": { kind: Exclude<NotificationKind, "DEADLINE" | "PLAN_STEP_DUE">; assessmentId: string; statusVersion: number; userId?: string };
  /** Emails one notification unless its user turned that kind off. */
  "notification-email": { notificationId: string };
  /** Finds windows closing in 3 days, 1 day or overdue and reminds whoever still has work in them. */
  "deadline-reminders": Record<string, never>;
  /** Deletes server-side sessions that expired more than a day ago. */
  "purge-expired-sessions": Record<string, never>;
  /** Reminds the people in charge of langkah aksi planned for this month and not yet realised. */
  "plan-step-reminders": Record<string, never>;
};

export type TJobName = keyof TJobPayloads;
