import "server-only";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db";
import type { TSurveyAccess } from "@/lib/access/survey-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { csvCell } from "@/lib/dashboard/to-csv";
import { roundedNumber, roundHalfUp, zoneName } from "@/lib/format";
import { listSurveyResponses, loadSurveyResults } from "@/lib/surveys/queries";
import { surveyItems } from "@/lib/surveys/survey-results";

// Every response of one survey as a table (one row per respondent: time in the unit's zone, token
// or not, profile labels, the point per question), and, in the workbook, the results as the page
// shows them (indices rounded once by lib/format.ts).

type TTable = { header: string[]; rows: (string | number)[][] };

async function responseTable(access: TSurveyAccess): Promise<TTable & { title: string }> {
  const [{ catalogue }, responses, unit] = await Promise.all([
    getCatalogue(access.survey.catalogueVersionId), listSurveyResponses(access),
    prisma.unit.findUniqueOrThrow({ where: { id: access.assessment.unitId }, select: { timeZone: true } }),
  ]);
  const items = surveyItems(catalogue);
  const profile = catalogue.questionnaire?.profile ?? [];
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone: unit.timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const header = ["No", `Waktu (${zoneName(unit.timeZone)})`, "Dengan token", ...profile.map((p) => p.label), ...items.map((item, i) => `P${i + 1} ${item.code}`)];
  const rows = responses.map((response, index) => {
    const answers = response.answers as Record<string, number>;
    const given = response.profile as Record<string, string>;
    return [
      index + 1, time.format(response.submittedAt), response.tokenId ? "Ya" : "Tidak",
      ...profile.map((field) => field.options.find((o) => o.key === given[field.key])?.label ?? ""),
      ...items.map((item) => answers[item.code] ?? ""),
    ];
  });
  return { title: catalogue.title, header, rows };
}

export async function surveyResponsesCsv(access: TSurveyAccess): Promise<string> {
  const { header, rows } = await responseTable(access);
  const line = (cells: (string | number)[]) => cells.map((cell) => (typeof cell === "number" ? String(cell) : csvCell(cell, "text"))).join(",");
  return `\uFEFF${[line(header), ...rows.map(line)].join("\r\n")}\r\n`;
}

export async function surveyResponsesXlsx(access: TSurveyAccess): Promise<Buffer> {
  const [{ title, header, rows }, results] = await Promise.all([responseTable(access), loadSurveyResults(access)]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zona Integritas";
  workbook.title = title;
  const sheet = workbook.addWorksheet("Jawaban", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const summary = workbook.addWorksheet("Ringkasan");
  summary.columns = [{ header: "Pertanyaan", width: 80 }, { header: "Indeks", width: 12, style: { numFmt: "0.00" } }];
  summary.getRow(1).font = { bold: true };
  results.questions.forEach((q, i) => summary.addRow([`${i + 1}. ${q.text}`, q.index ? roundedNumber(q.index, 2) : null]));
  summary.addRow(["Indeks keseluruhan", results.overall ? roundedNumber(results.overall, 2) : null]).font = { bold: true };
  summary.addRow(["Jumlah responden", results.respondents]);
  summary.addRow(["Indeks keseluruhan (teks, dua desimal)", results.overall ? roundHalfUp(results.overall, 2) : ""]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
