-- The film address's check used a repetition count PostgreSQL's regular expressions do not allow ({1,500}; the
-- limit is 255), so every address was refused with an error. The same rule, with the length checked apart.
ALTER TABLE information_point_policy DROP CONSTRAINT information_point_policy_sign_language_video_url_check;
ALTER TABLE information_point_policy ADD CONSTRAINT information_point_policy_sign_language_video_url_check
  CHECK (sign_language_video_url ~ '^https://\S+$' AND length(sign_language_video_url) <= 508);
