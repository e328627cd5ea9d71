import { inject } from "vitest";

// Every test file sees the throwaway database before any module builds a Prisma client.
process.env.DATABASE_URL = inject("databaseUrl");
