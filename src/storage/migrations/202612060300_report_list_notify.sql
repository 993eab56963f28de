-- Open311's default list of requests is kept rendered by each app process until a report changes. Any change
-- to what the list shows (a report, its photo, a category's or a unit's names) notifies every process on the
-- database, once per statement (a burst of a thousand reports sends a thousand small notices; a bulk update one).
CREATE FUNCTION report_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('okienko_reports', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER report_list_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON problem_report
  FOR EACH STATEMENT EXECUTE FUNCTION report_list_changed();
CREATE TRIGGER report_list_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_photo
  FOR EACH STATEMENT EXECUTE FUNCTION report_list_changed();
CREATE TRIGGER report_list_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_category
  FOR EACH STATEMENT EXECUTE FUNCTION report_list_changed();
CREATE TRIGGER report_list_changed AFTER UPDATE OR DELETE OR TRUNCATE ON unit
  FOR EACH STATEMENT EXECUTE FUNCTION report_list_changed();
