import { exportUnitsResponse } from "@/lib/dashboard/export-units-response";

// GET /api/dasbor/unit.xlsx?periode=&wilayah=&status=&predikat=&q=&urut=&arah=: the unit table as a workbook.
export function GET(request: Request) {
  return exportUnitsResponse(request, "xlsx");
}
