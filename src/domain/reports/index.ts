// Problem reports: the state machine modelled on FixMyStreet's, the reading of a report, the retention of
// reporters' personal data, and Open311's view of a status.
export * from './report-status.ts';
export * from './report-input.ts';
export * from './retention.ts';
export * from './photo.ts';
export * from './category-input.ts';
export * from './service-attributes.ts';
export * from './attribute-input.ts';
