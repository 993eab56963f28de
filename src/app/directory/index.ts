// The Information Point's directory (issue 14): "Gdzie załatwię sprawę?", the phone directory with the
// transfer sentence, absences, transfers noted and notes to the Information Point.
// Use cases:
export { noteTransfer } from './note-transfer.ts';
export { postNote, withdrawNote } from './notes.ts';
export { addAbsence, removeAbsence } from './absences.ts';
export { updateStaffPhone } from './staff-phone.ts';
// Read models:
export { searchDirectory, type DirectoryAnswer } from './search-directory.ts';
export { matterViews, type MatterPlace, type MatterView } from './matter-views.ts';
export { rankServices, DIRECTORY_RESULTS, type RankedService } from './rank-services.ts';
export { competentStaff, type CompetentPerson } from './competent-staff.ts';
export { directoryUnits, unitDirectory, type DirectoryEntry, type UnitChoiceLine, type UnitDirectory } from './staff-directory.ts';
export { transferCounts, TRANSFER_COUNT_DAYS, type TransferCount } from './transfer-counts.ts';
export { listNotes, managedUnit, noteChoices, type NoteView } from './notes.ts';
export { absenceList, type AbsenceView, type StaffChoice } from './absences.ts';
export { staffPhoneDetails, type StaffPhoneDetails } from './staff-phone.ts';
