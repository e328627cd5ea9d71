import { HttpSession } from "@/tests/bench/support/http-session";
import { query } from "@/tests/support/sql";

// Autosave clients for system tests: each signs in and saves its own items over HTTP through the
// real server action, as the LKE page does, retrying a failed save with the same expected version.

export type TSaveResult =
  | { ok: true; data: { answer: { version: number; narrative: string } } }
  | { ok: false; code: string; message: string; current?: { version: number; narrative: string } | null };

export type TAcknowledged = { itemId: string; version: number; narrative: string; at: number };

export class SavingClient {
  readonly acknowledged: TAcknowledged[] = [];
  readonly failures: { code: string; message: string; at: number }[] = [];
  /** A failed attempt that had in fact committed: its retry met its own answer as a conflict. */
  committedDespiteFailure = 0;
  private readonly versions = new Map<string, number>();
  private readonly session: HttpSession;

  constructor(
    baseUrl: string,
    readonly name: string,
    readonly email: string,
    readonly assessmentId: string,
    readonly itemIds: string[],
    private readonly saveActionId: string,
  ) {
    this.session = new HttpSession(baseUrl);
  }

  async start(databaseUrl: string, password: string) {
    await this.session.signIn(this.email, password);
    const rows = await query<{ itemId: string; version: number }>(
      databaseUrl,
      `SELECT "itemId", version FROM "Answer" WHERE "assessmentId" = $1 AND side = 'SELF' AND "itemId" = ANY($2)`,
      [this.assessmentId, this.itemIds],
    );
    for (const row of rows) this.versions.set(row.itemId, row.version);
  }

  /** Saves round the items until `keepGoing` says stop; every save is retried until it is acknowledged. */
  async run(keepGoing: () => boolean) {
    for (let n = 1; keepGoing(); n++) {
      const itemId = this.itemIds[n % this.itemIds.length]!;
      const payload = {
        assessmentId: this.assessmentId,
        itemId,
        expectedVersion: this.versions.get(itemId) ?? 0,
        answer: { optionKey: n % 2 ? "YA" : "TIDAK" },
        narrative: `${this.name} simpanan ke-${n}`,
      };
      for (;;) {
        const result = await this.session.action<TSaveResult>(`/lke/${this.assessmentId}/A.I.1`, this.saveActionId, [payload]);
        if (result.ok) {
          this.acknowledge(itemId, result.data.answer.version, payload.narrative);
          break;
        }
        this.failures.push({ code: result.code, message: result.message, at: Date.now() });
        if (result.code === "CONFLICT" && result.current?.narrative === payload.narrative) {
          this.committedDespiteFailure++;
          this.acknowledge(itemId, result.current.version, payload.narrative);
          break;
        }
        if (result.code !== "UNAVAILABLE") throw new Error(`${this.name}: unexpected refusal ${result.code}: ${result.message}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  private acknowledge(itemId: string, version: number, narrative: string) {
    this.versions.set(itemId, version);
    this.acknowledged.push({ itemId, version, narrative, at: Date.now() });
  }
}
