import "server-only";
import { headers } from "next/headers";

/** The address respondents open: APP_URL when set (production), else the host this page was asked on. */
export async function surveyUrl(slug: string): Promise<string> {
  const configured = process.env.APP_URL?.replace(/\/$/, "");
  if (configured) return `${configured}/survei/${slug}`;
  const list = await headers();
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${list.get("host") ?? "localhost"}/survei/${slug}`;
}
