// Bootstrap (every environment): the shipped LKE ZI catalogue and survey questionnaires (SPAK, SPKP).
// Demo data (never in production): agency, units, one login per role, answers.
//   tsx --conditions=react-server prisma/seed.ts [--demo]
import { prisma } from "@/lib/db";
import { DEMO_PASSWORD } from "./seed/demo-organisation";
import { unsafeRecomputeLegacyScores } from "@/lib/assessments/recompute-scores";
import { bootstrapCatalogue, bootstrapQuestionnaires } from "./seed/bootstrap-catalogue";
import { demoLogins, seedDemo } from "./seed/seed-demo";
import { PEKPPP_USERS, seedPekpppDemo } from "./seed/seed-pekppp-demo";

async function main() {
  const catalogue = await bootstrapCatalogue();
  console.log(`[seed] catalogue LKE-ZI-2021 v${catalogue.version} ${catalogue.created ? "imported" : "already present"}`);
  for (const questionnaire of await bootstrapQuestionnaires()) {
    console.log(`[seed] questionnaire v${questionnaire.version} ${questionnaire.created ? "imported" : "already present"}`);
  }
  const rebuilt = await unsafeRecomputeLegacyScores();
  if (rebuilt > 0) console.log(`[seed] rebuilt ${rebuilt} scores stored before scores were exact`);
  if (!process.argv.includes("--demo")) return;
  if (process.env.NODE_ENV === "production") {
    console.error("[seed] refusing to write demo data: NODE_ENV is production");
    process.exitCode = 1;
    return;
  }
  const demo = await seedDemo(catalogue.versionId);
  console.log(`[seed] demo data ${demo.created ? "created" : "already present"}`);
  const pekppp = await seedPekpppDemo();
  console.log(`[seed] PEKPPP demo (Kota Samarinda) ${pekppp ? "created" : "already present"}`);
  console.log("[seed] demo logins:");
  for (const login of [...demoLogins(), ...PEKPPP_USERS.map((u) => ({ label: u.label, email: u.email, password: DEMO_PASSWORD }))]) console.log(`  ${login.label.padEnd(42)} ${login.email.padEnd(26)} ${login.password}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
