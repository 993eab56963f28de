-- Facts about a building that the accessibility statement (deklaracja dostępności) must give, kept as
-- yes/no so the statement can say them in every language; details stay in accessibility_notes.
ALTER TABLE building
  ADD COLUMN accessible_parking boolean NOT NULL DEFAULT false,
  ADD COLUMN accessible_toilet boolean NOT NULL DEFAULT false,
  ADD COLUMN induction_loop boolean NOT NULL DEFAULT false,
  ADD COLUMN sign_language_video boolean NOT NULL DEFAULT false;
