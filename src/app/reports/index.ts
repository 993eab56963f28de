// Problem reports: filing one (form and Open311 alike), confirming it, its public page and Open311's lists,
// the Contact Centre's work on it, the Open311 keys, and the retention job.
export { fileReport, type FileReportInput, type FiledReport, type ReportSource } from './file-report.ts';
export { confirmReportByLink } from './confirm-report.ts';
export { confirmToken, parseReportCode, prepareConfirmKey } from './report-codes.ts';
export { reportForMail, reportUrl } from './report-mail.ts';
export { reportCategories, reportUnits, type ReportCategory } from './categories.ts';
export {
  publicReport,
  listPublicReports,
  reportCodeByToken,
  reportPhoto,
  staffReportPhoto,
  type PublicReport,
  type PublicReply,
  type ReportQuery,
} from './public-reports.ts';
export { issueApiKey, revokeApiKey, apiKeyId, listApiKeys, type ApiKeySummary } from './open311-keys.ts';
export { changeReportStatus, addReportUpdate, assignReport, hideReport } from './change-report.ts';
export {
  reportInbox,
  staffReport,
  reporterContact,
  responseTimes,
  INBOX_LIMIT,
  type InboxFilter,
  type InboxRow,
  type StaffReport,
  type StaffReportUpdate,
  type StaffAttributeAnswer,
  type ReporterContact,
  type ResponseTimeRow,
} from './inbox.ts';
export { anonymiseReports } from './anonymise-reports.ts';
export {
  allReportCategories,
  removeCategoryAttribute,
  saveCategoryAttribute,
  saveReportCategory,
  type CategorySummary,
} from './category-admin.ts';
