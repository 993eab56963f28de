// Audits of the service standards ("tajemniczy klient", issue 18 part 4): the checklist, an audit's form, scores.
export * from './checklist.ts';
export * from './audit-input.ts';
