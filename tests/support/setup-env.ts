import { afterAll, inject } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { cloneTemplate, dropDatabase } from "./test-databases";

// Every test file gets its own database, cloned from the template before any module builds a
// Prisma client, so files can run in parallel without seeing each other's rows.
const databaseUrl = await cloneTemplate(inject("databaseServerUrl"));
process.env.DATABASE_URL = databaseUrl;

afterAll(async () => {
  // lib/db keeps its one client on globalThis; close it before the database goes.
  await (globalThis as { prisma?: PrismaClient }).prisma?.$disconnect();
  await dropDatabase(databaseUrl);
});
