export { LOCALES, defineCatalog, type Locale } from './catalog.ts';
export { translator, isLocale, allMessages, type Translate, type MessageValues } from './translator.ts';
export { dateTimeFormat, numberFormat, formatDate, formatDateTime, formatTime, weekdayName, OFFICE_TIME_ZONE } from './format.ts';

export { keyPart } from '../../domain/shared/message-key.ts';
