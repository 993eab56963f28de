// Residents' satisfaction (issue 18 part 1): the one question and its moderation.
export * from './satisfaction-input.ts';
export * from './feedback-mail.ts';
