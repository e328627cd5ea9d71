import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import type { TAnswerDto } from "@/lib/assessments/types";
import { retryDelayMs } from "@/lib/assessments/save-retry";
import { randomAnswer } from "@/prisma/seed/random-answers";
import { HttpSession } from "../support/http-session";

// One unit member as the browser behaves: autosave sends the version it last saw; an UNAVAILABLE
// answer (database busy or unreachable) is sent again with the same version, after the browser's
// delays (use-autosave.ts, save-retry.ts); a conflict adopts the
// current answer's version. Every outcome is recorded; every acknowledged write is kept for the
// check afterwards.

export type TOp = "answer" | "link" | "upload";
export type TOutcome = { op: TOp; ms: number; kind: string; transientAttempts: number };
export type TAckAnswer = { assessmentId: string; answer: TAnswerDto };
export type TAckEvidence = { assessmentId: string; itemId: string; id: string; kind: "LINK" | "FILE"; title: string; url: string | null };

export type TRecorder = { outcomes: TOutcome[]; answers: TAckAnswer[]; evidence: TAckEvidence[] };
export type TActionIds = { saveAnswer: string; addLink: string };

const RETRIES = 5;
type TResult = { ok: boolean; code?: string; data?: unknown; current?: unknown };
// A minimal PDF: the upload route checks the content, not the name.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".padEnd(30_000, " "));

export class MemberClient {
  readonly session: HttpSession;
  private versions = new Map<string, number>();
  private count = 0;

  constructor(
    readonly baseUrl: string,
    readonly email: string,
    readonly assessmentId: string,
    private readonly loaded: TLoadedCatalogue,
    private readonly ids: TActionIds,
    private readonly random: () => number,
  ) {
    this.session = new HttpSession(baseUrl);
  }

  /** What the page showed when it loaded: each item's version. */
  knowVersions(versions: Map<string, number>) {
    this.versions = new Map(versions);
  }

  async step(recorder: TRecorder, evidenceShare: number) {
    const draw = this.random();
    if (draw < evidenceShare * 0.75) return this.timed(recorder, "link", () => this.addLink(recorder));
    if (draw < evidenceShare) return this.timed(recorder, "upload", () => this.upload(recorder));
    return this.timed(recorder, "answer", () => this.saveAnswer(recorder));
  }

  private async timed(recorder: TRecorder, op: TOp, body: () => Promise<{ kind: string; transientAttempts: number }>) {
    const start = performance.now();
    const { kind, transientAttempts } = await body().catch((error: Error) => ({ kind: `network:${(error.cause as { code?: string })?.code ?? error.message.slice(0, 40)}`, transientAttempts: 0 }));
    recorder.outcomes.push({ op, ms: performance.now() - start, kind, transientAttempts });
  }

  private pickItem() {
    const ids = [...this.loaded.itemsById.keys()];
    const itemId = ids[Math.floor(this.random() * ids.length)]!;
    return { itemId, item: this.loaded.itemsById.get(itemId)!.item };
  }

  private async saveAnswer(recorder: TRecorder) {
    const { itemId, item } = this.pickItem();
    this.count += 1;
    const payload = {
      assessmentId: this.assessmentId, itemId, expectedVersion: this.versions.get(itemId) ?? 0,
      answer: randomAnswer(item, this.random(), this.random), narrative: `Uraian bukti dukung ${this.email} #${this.count}`,
    };
    return this.withRetries(() => this.action(this.ids.saveAnswer, itemId, payload), (result) => {
      if (result.ok) {
        const answer = result.data as { answer: TAnswerDto };
        this.versions.set(itemId, answer.answer.version);
        recorder.answers.push({ assessmentId: this.assessmentId, answer: answer.answer });
      } else if (result.code === "CONFLICT") {
        this.versions.set(itemId, (result.current as TAnswerDto | null)?.version ?? 0);
      }
    });
  }

  private async addLink(recorder: TRecorder) {
    const { itemId } = this.pickItem();
    this.count += 1;
    const input = { assessmentId: this.assessmentId, itemId, title: `Tautan ${this.email} #${this.count}`, url: `https://contoh.go.id/bukti/${this.count}.pdf` };
    return this.withRetries(() => this.action(this.ids.addLink, itemId, input), (result) => {
      const entry = result.data as { id: string; title: string; url: string | null } | undefined;
      if (result.ok && entry) recorder.evidence.push({ assessmentId: this.assessmentId, itemId, id: entry.id, kind: "LINK", title: entry.title, url: entry.url });
    });
  }

  private async upload(recorder: TRecorder) {
    const { itemId } = this.pickItem();
    this.count += 1;
    const name = `Notula ${this.count}.pdf`;
    return this.withRetries(async () => {
      const response = await fetch(`${this.baseUrl}/api/bukti/unggah?assessmentId=${this.assessmentId}&itemId=${itemId}`, {
        method: "POST",
        headers: { Cookie: this.session.cookieHeader(), Origin: this.baseUrl, "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(name) },
        body: PDF,
      });
      const text = await response.text();
      try {
        return JSON.parse(text) as TResult;
      } catch {
        return { ok: false, code: `http-${response.status}` };
      }
    }, (result) => {
      const entry = (result.data as { evidence?: { id: string; title: string } } | undefined)?.evidence;
      if (result.ok && entry) recorder.evidence.push({ assessmentId: this.assessmentId, itemId, id: entry.id, kind: "FILE", title: entry.title, url: null });
    });
  }

  /** Sends again on UNAVAILABLE, after 2 s, 4 s, 8 s... (±20%): the browser's autosave does the same. */
  private async withRetries(send: () => Promise<TResult>, done: (result: TResult) => void) {
    let transientAttempts = 0;
    for (let attempt = 0; ; attempt += 1) {
      const result = await send();
      if (!result.ok && result.code === "UNAVAILABLE" && attempt < RETRIES) {
        transientAttempts += 1;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt + 1)));
        continue;
      }
      done(result);
      return { kind: result.ok ? "ok" : (result.code ?? "unknown"), transientAttempts };
    }
  }

  /** Posted to the item's area page, where the browser calls it (another page would forward it). */
  private async action(id: string, itemId: string, input: unknown): Promise<TResult> {
    const section = this.loaded.itemsById.get(itemId)!.group.code;
    const response = await fetch(`${this.baseUrl}/lke/${this.assessmentId}/${section}`, {
      method: "POST",
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: this.baseUrl, Cookie: this.session.cookieHeader() },
      body: JSON.stringify([input]),
    });
    const text = await response.text();
    const line = text.split("\n").find((l) => l.startsWith("1:"));
    if (!line) return { ok: false, code: `http-${response.status}` };
    return JSON.parse(line.slice(2)) as TResult;
  }
}
