// The Information Point's directory: reading a resident's words, notes to the Information Point, absences.
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, searchWords } from './search-words.ts';
export { NOTE_MAX_LENGTH, noteInForce, readNote, type NoteInput } from './note-input.ts';
export { MAX_ABSENCE_DAYS, awayOn, readAbsence, type AbsenceInput } from './absence-input.ts';
