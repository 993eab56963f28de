-- How a mail marked sent left the server: through the SMTP server at SMTP_URL, or nowhere (no mail server
-- configured: the message was built in full and kept for the outbox page). NULL for mail sent before this was kept.
ALTER TABLE mail_outbox
  ADD COLUMN delivery text CHECK (delivery IN ('smtp', 'none')),
  ADD CHECK (delivery IS NULL OR status = 'sent');
