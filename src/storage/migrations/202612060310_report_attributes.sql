-- Open311 service definitions: the questions a category asks beyond the description (a street lamp's pole
-- number, the kind of rubbish), as a list of attribute definitions read by domain/reports/service-attributes.ts;
-- and a report's answers to them, by attribute code.
ALTER TABLE report_category
  ADD COLUMN attributes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attributes) = 'array' AND length(attributes::text) <= 20000);
ALTER TABLE problem_report
  ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object' AND length(attributes::text) <= 20000);
