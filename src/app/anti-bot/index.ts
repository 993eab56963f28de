// The anti-bot step of public forms: a proof-of-work (ALTCHA) when JavaScript runs, a question in words
// when it does not; each proof verified on the server, used once, and expiring.
export { newTextChallengeFor, openTextChallenge, textQuestion, TEXT_CHALLENGE_MINUTES, type TextQuestion } from './text-challenge.ts';
export { newAltchaChallenge, ALTCHA_CHALLENGE_MINUTES, DEFAULT_CHALLENGE_MAX_NUMBER } from './altcha-challenge.ts';
export { consumeAntiBotProof } from './consume-proof.ts';
export { antiBotProofFrom, ANTI_BOT_FIELDS, type AntiBotProof } from './proof.ts';
export { ANTI_BOT_FIELD, antiBotError, type AntiBotRefusal } from './errors.ts';
export { purgeExpiredChallenges } from './purge-expired-challenges.ts';
