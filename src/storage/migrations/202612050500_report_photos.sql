-- Problem reports, second part: Open311's media_url kept as the client gave it (a link, never fetched by
-- the server), and indexes for Open311's default list over many reports.

-- A picture elsewhere that an Open311 client named: an http(s) address, shown to staff as a link and given
-- back in the API's media_url when the report has no photo of its own.
ALTER TABLE problem_report
  ADD COLUMN media_url text CHECK (media_url IS NULL OR (length(media_url) <= 2000 AND media_url ~* '^https?://[^[:space:]]+$'));
