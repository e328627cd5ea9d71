import { exportUnitsResponse } from "@/lib/dashboard/export-units-response";

// GET /api/dasbor/unit.csv with the unit table's filters: the same rows as CSV.
export function GET(request: Request) {
  return exportUnitsResponse(request, "csv");
}
