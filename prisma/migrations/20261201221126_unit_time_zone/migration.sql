-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta';

-- Existing units take their region's zone (the unit at the second level of the agency's tree,
-- whose name names the province; lib/units/time-zones.ts holds the same list). WIB is the default.
UPDATE "Unit" u SET "timeZone" = CASE
    WHEN r."name" ~* '\m(maluku|papua)\M' THEN 'Asia/Jayapura'
    ELSE 'Asia/Makassar'
  END
FROM "Unit" r
WHERE r."id" = COALESCE(NULLIF(split_part(u."path", '/', 3), ''), split_part(u."path", '/', 2))
  AND r."name" ~* '\m(maluku|papua|bali|nusa tenggara barat|nusa tenggara timur|kalimantan selatan|kalimantan timur|kalimantan utara|sulawesi utara|gorontalo|sulawesi tengah|sulawesi barat|sulawesi selatan|sulawesi tenggara)\M';
