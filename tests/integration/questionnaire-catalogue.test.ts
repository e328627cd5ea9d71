import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { bootstrapQuestionnaires } from "@/prisma/seed/bootstrap-catalogue";
import { emptyDatabase } from "@/tests/support/db";
import { createWorld } from "@/tests/support/fixtures";

// The shipped SPAK and SPKP questionnaires are catalogue versions of their own kind: stored by the
// same import, read back by the same loader, and never offered as a period's LKE.

beforeEach(async () => {
  await emptyDatabase();
  await createWorld();
});

describe("questionnaires on the catalogue engine", () => {
  it("imports SPAK and SPKP once as QUESTIONNAIRE versions with LIKERT items", async () => {
    const [spak, spkp] = await bootstrapQuestionnaires();
    expect(spak.created && spkp.created).toBe(true);
    expect((await bootstrapQuestionnaires()).map((result) => result.created)).toEqual([false, false]);

    const rows = await prisma.catalogueVersion.findMany({ where: { instrument: "QUESTIONNAIRE" }, orderBy: { code: "asc" }, select: { code: true, itemCount: true } });
    expect(rows).toEqual([{ code: "SPAK-2021", itemCount: 9 }, { code: "SPKP-2021", itemCount: 10 }]);
    const items = await prisma.catalogueItem.findMany({ where: { versionId: spak.versionId }, orderBy: { position: "asc" } });
    expect(new Set(items.map((item) => item.answerType))).toEqual(new Set(["LIKERT"]));
    expect(items[0].options).toEqual([
      { key: "1", label: "Tidak setuju" }, { key: "2", label: "Kurang setuju" }, { key: "3", label: "Setuju" }, { key: "4", label: "Sangat setuju" },
    ]);

    const loaded = await getCatalogue(spkp.versionId);
    expect(loaded.catalogue.questionnaire?.feedsItem).toBe("B.II.a");
    expect(loaded.itemIdByCode.size).toBe(10);
  });
});
