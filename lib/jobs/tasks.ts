import "server-only";
import type { Task, TaskList } from "graphile-worker";
import type { TJobName, TJobPayloads } from "@/lib/jobs/job-names";
import { sendPasswordLink } from "@/lib/accounts/send-password-link";
import { createEventNotifications } from "@/lib/notifications/create-event-notifications";
import { emailNotification } from "@/lib/notifications/email-notification";
import { createDeadlineReminders } from "@/lib/notifications/deadline-reminders";
import { purgeExpiredSessions } from "@/lib/auth/purge-expired-sessions";
import { createPlanStepReminders } from "@/lib/plans/step-reminders";

const task = <N extends TJobName>(handler: (payload: TJobPayloads[N]) => Promise<unknown>): Task => async (payload) => {
  await handler(payload as TJobPayloads[N]);
};

/** What each job does. A job that throws is retried later with backoff (graphile-worker). */
export const TASKS: Record<TJobName, Task> = {
  "password-link": task<"password-link">(sendPasswordLink),
  "notify-event": task<"notify-event">(createEventNotifications),
  "notification-email": task<"notification-email">(emailNotification),
  "deadline-reminders": task<"deadline-reminders">(() => createDeadlineReminders()),
  "purge-expired-sessions": task<"purge-expired-sessions">(() => purgeExpiredSessions()),
  "plan-step-reminders": task<"plan-step-reminders">(() => createPlanStepReminders()),
} satisfies TaskList;
