import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export type TMail = { to: string; subject: string; text: string; html: string };

let transporter: Transporter | undefined;

/**
 * Sends through SMTP_URL (e.g. smtp://user:pass@mail.example.go.id:587). The embedded default
 * (scripts/app.mjs) points it at a local mail catcher that writes every message to .data/mail.
 */
export async function sendMail(mail: TMail) {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: no mail can be sent");
  transporter ??= nodemailer.createTransport(url);
  await transporter.sendMail({ from: process.env.MAIL_FROM ?? "Zona Integritas <noreply@zi.local>", ...mail });
}

/** Absolute link to a page of the app, for emails. */
export function appUrl(path: string): string {
  const base = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${path}`;
}
