export type TStatementDto = { nodeId: string; body: string; published: boolean; version: number; publishedAt: string | null };

/** What a publishing act answers: the new state, and the unit whose public page changed. */
export type TPublishResult = { published: boolean; unitId: string; slug: string };
