import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables; keep in step with migrations/. Dates are 'YYYY-MM-DD', times 'HH:MM:SS'. */
export interface Database {
  login_throttle: LoginThrottleTable;
  office: OfficeTable;
  building: BuildingTable;
  room: RoomTable;
  unit: UnitTable;
  service: ServiceTable;
  desk: DeskTable;
  desk_service: DeskServiceTable;
  opening_hours: OpeningHoursTable;
  calendar_exception: CalendarExceptionTable;
  staff: StaffTable;
  staff_role: StaffRoleTable;
  staff_session: StaffSessionTable;
  device: DeviceTable;
  audit_log: AuditLogTable;
  queue_policy: QueuePolicyTable;
  priority_reason: PriorityReasonTable;
  ticket_counter: TicketCounterTable;
  ticket: TicketTable;
  service_waiting: ServiceWaitingTable;
  desk_session: DeskSessionTable;
  queue_event: QueueEventTable;
  booking_policy: BookingPolicyTable;
  booking_schedule: BookingScheduleTable;
  booking: BookingTable;
  mail_outbox: MailOutboxTable;
  anti_bot_challenge: AntiBotChallengeTable;
  app_secret: AppSecretTable;
  // Announcements and device health (migration 202612040300).
  announcement: AnnouncementTable;
  device_policy: DevicePolicyTable;
  device_health_change: DeviceHealthChangeTable;
  // Difficult situations and the register of complaints and requests.
  difficult_situation: DifficultSituationTable;
  difficult_situation_action: DifficultSituationActionTable;
  complaint_policy: ComplaintPolicyTable;
  complaint: ComplaintTable;
  information_point_policy: InformationPointPolicyTable;
  ground_floor_request: GroundFloorRequestTable;
  interpreter_status: InterpreterStatusTable;
  interpreter_session: InterpreterSessionTable;
  interpreter_request: InterpreterRequestTable;
  // The Information Point's directory (issue 14): keywords live on service, extensions on staff.
  staff_service: StaffServiceTable;
  staff_absence: StaffAbsenceTable;
  phone_transfer: PhoneTransferTable;
  information_point_note: InformationPointNoteTable;
  // The directory's folded words, kept by a trigger on service (read by the search only).
  directory_word: DirectoryWordTable;
  service_word: ServiceWordTable;
  // Problem reports (issue 16).
  report_category: ReportCategoryTable;
  open311_api_key: Open311ApiKeyTable;
  problem_report: ProblemReportTable;
  report_update: ReportUpdateTable;
  report_photo: ReportPhotoTable;
  // Quality (issue 18): satisfaction answers and the audits of the standards.
  satisfaction_answer: SatisfactionAnswerTable;
  standard_audit_item: StandardAuditItemTable;
  standard_audit: StandardAuditTable;
  standard_audit_result: StandardAuditResultTable;
  // Service figures' pre-aggregate (issue 18, part 2): closed days rolled up per hour, service and desk.
  stats_rolled_day: StatsRolledDayTable;
  stats_cell: StatsCellTable;
  // Home visits (issue 17).
  home_visit_policy: HomeVisitPolicyTable;
  home_visit_request: HomeVisitRequestTable;
  home_visit_authorisation_counter: HomeVisitAuthorisationCounterTable;
  home_visit_authorisation: HomeVisitAuthorisationTable;
  home_visit: HomeVisitTable;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface OfficeTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  street: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  website: Generated<string>;
  is_demo: Generated<boolean>;
  a11y_status: Generated<'full' | 'partial' | 'none'>;
  a11y_published_on: string | null;
  a11y_updated_on: string | null;
  a11y_prepared_on: string | null;
  a11y_reviewed_on: string | null;
  a11y_contact_name: Generated<string>;
  a11y_contact_email: Generated<string>;
  a11y_contact_phone: Generated<string>;
  a11y_exceptions: Generated<string>;
  created_at: DefaultTimestamp;
}

export interface BuildingTable {
  id: Generated<number>;
  office_id: number;
  name: string;
  street: string;
  postal_code: string;
  city: string;
  floors: Generated<number>;
  ground_floor_accessible: Generated<boolean>;
  has_lift: Generated<boolean>;
  accessibility_notes: Generated<string>;
  accessible_parking: Generated<boolean>;
  accessible_toilet: Generated<boolean>;
  induction_loop: Generated<boolean>;
  /** A video interpreter of Polish Sign Language (PJM) is available here (seed 7.2). */
  sign_language_video: Generated<boolean>;
}

export interface RoomTable {
  id: Generated<number>;
  building_id: number;
  floor: number;
  number: string;
  name: Generated<string>;
}

export interface UnitTable {
  id: Generated<number>;
  office_id: number;
  code: string;
  name_pl: string;
  name_en: Generated<string>;
  name_uk: Generated<string>;
  building_id: number | null;
  room_id: number | null;
  phone: Generated<string>;
  email: Generated<string>;
}

export interface ServiceTable {
  id: Generated<number>;
  office_id: number;
  unit_id: number;
  ticket_letter: string;
  name_pl: string;
  name_en: Generated<string>;
  name_uk: Generated<string>;
  description_pl: Generated<string>;
  description_en: Generated<string>;
  description_uk: Generated<string>;
  documents_pl: Generated<string>;
  documents_en: Generated<string>;
  documents_uk: Generated<string>;
  fees_pl: Generated<string>;
  fees_en: Generated<string>;
  fees_uk: Generated<string>;
  payment_pl: Generated<string>;
  payment_en: Generated<string>;
  payment_uk: Generated<string>;
  typical_minutes: Generated<number>;
  bookable_online: Generated<boolean>;
  ground_floor_possible: Generated<boolean>;
  booking_minutes: number | null;
  booking_daily_cap: number | null;
  booking_needs_name: Generated<boolean>;
  booking_contact: Generated<BookingContactColumn>;
  active: Generated<boolean>;
  daily_ticket_limit: number | null;
  stop_issuing_minutes: Generated<number>;
  keywords_pl: Generated<string>;
  keywords_en: Generated<string>;
  keywords_uk: Generated<string>;
  /** Generated by PostgreSQL from the names and keywords (`directory_fold`); never written. */
  search_text: ColumnType<string, never, never>;
  /** The three names folded as the directory compares them (generated). */
  directory_names: ColumnType<string, never, never>;
  /** Service figures (migration 202612050300): the longest wait the office aims at, in minutes; null: none. */
  wait_target_minutes: number | null;
}

export interface DeskTable {
  id: Generated<number>;
  office_id: number;
  building_id: number;
  room_id: number | null;
  floor: number;
  number: string;
  name: Generated<string>;
  active: Generated<boolean>;
}

export interface DeskServiceTable {
  desk_id: number;
  service_id: number;
}

export interface OpeningHoursTable {
  id: Generated<number>;
  office_id: number;
  building_id: number | null;
  unit_id: number | null;
  weekday: number;
  opens: string;
  closes: string;
}

export interface CalendarExceptionTable {
  id: Generated<number>;
  office_id: number;
  building_id: number | null;
  starts_on: string;
  ends_on: string;
  kind: 'closed' | 'short_hours';
  opens: string | null;
  closes: string | null;
  reason_pl: string;
  reason_en: Generated<string>;
  reason_uk: Generated<string>;
}

export interface StaffTable {
  id: Generated<number>;
  office_id: number;
  login: string;
  full_name: string;
  unit_id: number | null;
  position: Generated<string>;
  badge_number: Generated<string>;
  email: Generated<string>;
  password_hash: string;
  active: Generated<boolean>;
  password_changed_at: DefaultTimestamp;
  created_at: DefaultTimestamp;
  room_id: number | null;
  phone_extension: Generated<string>;
  /** region: the directory (LDAP) entry of an account made at its first directory login; null for a local account. */
  directory_dn: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface StaffRoleTable {
  staff_id: number;
  role: string;
}

/** Failed logins of one login (its SHA-256) from one address: the throttle of guessing. */
export interface LoginThrottleTable {
  login_hash: Buffer;
  address: string;
  failures: number;
  blocked_until: Timestamp | null;
  last_failure_at: Timestamp;
}

export interface StaffSessionTable {
  token_hash: Buffer;
  staff_id: number;
  csrf_token: string;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface DeviceTable {
  id: Generated<number>;
  office_id: number;
  kind: 'kiosk' | 'board' | 'printer' | 'feedback';
  name: string;
  building_id: number | null;
  token_hash: Buffer;
  settings: Json;
  created_at: DefaultTimestamp;
  revoked_at: Timestamp | null;
  last_seen_at: Timestamp | null;
  health: Generated<'unknown' | 'ok' | 'warning' | 'failed'>;
  health_details: Json;
  last_failure: string | null;
  last_failure_at: Timestamp | null;
  problem: Generated<DeviceProblemColumn | null>;
  problem_changed_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_kind: 'staff' | 'device' | 'system' | 'public';
  actor_id: number | null;
  actor_label: string;
  role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Json;
  address: string;
  /** The row's place in the chain; null until the sealer reaches it (right after commit). */
  seq: string | null;
  prev_hash: Buffer | null;
  hash: Buffer | null;
}

export interface QueuePolicyTable {
  office_id: number;
  recalls_before_no_show: Generated<number>;
  max_recalls: Generated<number>;
  max_out_of_turn_in_a_row: Generated<number>;
  booking_minutes_before: Generated<number>;
  booking_minutes_after: Generated<number>;
}

export interface PriorityReasonTable {
  office_id: number;
  code: string;
  name_pl: string;
  name_en: Generated<string>;
  name_uk: Generated<string>;
  position: Generated<number>;
  active: Generated<boolean>;
}

export interface TicketCounterTable {
  office_id: number;
  letter: string;
  office_day: string;
  last_number: number;
  regular_issued: Generated<number>;
}

/** Waiting tickets per service, kept by triggers on `ticket` (migration 202611250010); never written by the app. */
export interface ServiceWaitingTable {
  service_id: number;
  regular: number;
  priority: number;
}

export type TicketStatusColumn = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled';

export interface TicketTable {
  id: Generated<number>;
  office_id: number;
  service_id: number;
  letter: string;
  office_day: string;
  number: number;
  public_code: string;
  priority_reason: string | null;
  source: 'kiosk' | 'information_point' | 'booking';
  booked_for: Timestamp | null;
  issued_at: Timestamp;
  arrived_at: Timestamp;
  status: Generated<TicketStatusColumn>;
  desk_id: number | null;
  assigned_desk_id: number | null;
  called_at: Timestamp | null;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  outcome: 'settled' | 'needs_more_documents' | null;
  recalls: Generated<number>;
  transfers: Generated<number>;
  ground_floor: Generated<boolean>;
  issued_by_device_id: number | null;
  issued_by_staff_id: number | null;
  booking_id: number | null;
  /** The key a kiosk sent with the request that issued it: a retry with the same key gets this ticket again. */
  issue_key: string | null;
  /** Issued on a kiosk's screens and not yet shown or printed there. */
  awaiting_handout: Generated<boolean>;
}

export interface DeskSessionTable {
  id: Generated<number>;
  office_id: number;
  desk_id: number;
  staff_id: number;
  office_day: string;
  status: Generated<'open' | 'paused' | 'closed'>;
  opened_at: Timestamp;
  paused_at: Timestamp | null;
  closed_at: Timestamp | null;
  out_of_turn_in_a_row: Generated<number>;
}

export interface QueueEventTable {
  id: Generated<string>;
  office_id: number;
  at: Timestamp;
  kind: string;
  ticket_id: number | null;
  desk_id: number | null;
  payload: Json;
}

export type BookingContactColumn = 'email' | 'phone' | 'email_or_phone' | 'email_and_phone';

export interface BookingPolicyTable {
  office_id: number;
  horizon_days: Generated<number>;
  minimum_notice_minutes: Generated<number>;
  walk_in_percent: Generated<number>;
  email_daily_cap: Generated<number>;
  retention_days: Generated<number>;
  late_arrival: Generated<'refuse' | 'join_queue_as_regular'>;
  challenge_max_number: Generated<number>;
  reminder_hours_before: Generated<number>;
}

export interface BookingScheduleTable {
  id: Generated<number>;
  office_id: number;
  desk_id: number;
  service_id: number;
  weekday: number;
  starts_at: string;
  ends_at: string;
}

export type BookingStatusColumn = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

export interface BookingTable {
  id: Generated<number>;
  office_id: number;
  service_id: number;
  desk_id: number;
  code: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  office_day: string;
  status: Generated<BookingStatusColumn>;
  source: 'online' | 'information_point';
  locale: Generated<'pl' | 'en' | 'uk'>;
  person_name: string | null;
  email: string | null;
  email_identity: string | null;
  phone: string | null;
  created_at: Timestamp;
  created_by_staff_id: number | null;
  version: Generated<number>;
  cancelled_at: Timestamp | null;
  checked_in_at: Timestamp | null;
  no_show_at: Timestamp | null;
  ticket_id: number | null;
  anonymised_at: Timestamp | null;
}

export type MailKindColumn =
  | 'booking_confirmed'
  | 'booking_reminder'
  | 'booking_moved'
  | 'booking_cancelled'
  | 'report_confirm'
  | 'report_status'
  | 'booking_feedback'
  | 'interpreter_answer'
  | 'home_visit_notice';

export interface MailOutboxTable {
  id: Generated<string>;
  office_id: number;
  booking_id: number | null;
  /** Set for a problem report's mails ('report_*' kinds), null for a booking's. */
  report_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Set for the answer to a request for an interpreter in person ('interpreter_answer'). */
  interpreter_request_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Set for a home visit's date or cancellation ('home_visit_notice'). */
  home_visit_id: ColumnType<number | null, number | null | undefined, number | null>;
  kind: MailKindColumn;
  booking_version: number | null;
  created_at: Timestamp;
  send_after: Timestamp;
  status: Generated<'pending' | 'sent' | 'skipped' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  sent_at: Timestamp | null;
  message_id: string | null;
  recipient: string | null;
  subject: string | null;
  body_text: string | null;
  /** How a sent mail left: 'smtp', or 'none' when no mail server was configured (built, not delivered). */
  delivery: 'smtp' | 'none' | null;
}

export interface AntiBotChallengeTable {
  id: string;
  kind: 'text' | 'altcha';
  first: number | null;
  second: number | null;
  operation: 'plus' | 'minus' | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AppSecretTable {
  name: string;
  secret: Buffer;
  created_at: Timestamp;
}

// Announcements and device health (migration 202612040300).
export type DeviceProblemColumn = 'silent' | 'paper_end' | 'paper_near_end' | 'cover_open' | 'printer_error' | 'printer_offline';

export interface AnnouncementTable {
  id: Generated<number>;
  office_id: number;
  severity: 'info' | 'warning' | 'outage';
  text_pl: Generated<string>;
  text_en: Generated<string>;
  text_uk: Generated<string>;
  places: string[];
  shown_from: Timestamp;
  shown_until: Timestamp | null;
  withdrawn_at: Timestamp | null;
  device_id: number | null;
  device_problem: Exclude<DeviceProblemColumn, 'paper_near_end'> | null;
  created_by_staff_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DevicePolicyTable {
  office_id: number;
  silent_after_seconds: Generated<number>;
  recovery_hold_seconds: Generated<number>;
  help_room_id: number | null;
}

export interface DeviceHealthChangeTable {
  id: Generated<string>;
  device_id: number;
  at: Timestamp;
  problem: DeviceProblemColumn | null;
}

/** An incident at a desk or on the phone, recorded as the steps of the seed's standard 8. */
export interface DifficultSituationTable {
  id: Generated<number>;
  office_id: number;
  unit_id: number;
  occurred_at: Timestamp;
  channel: 'desk' | 'phone';
  facts: string;
  client_remarks: Generated<string>;
  solution: string;
  ticket_id: number | null;
  booking_id: number | null;
  status: Generated<'open' | 'closed'>;
  met_expectations: 'yes' | 'partly' | 'no' | null;
  closing_note: Generated<string>;
  closed_at: Timestamp | null;
  recorded_by: number;
  created_at: DefaultTimestamp;
}

/** What will be done about a difficult situation, by whom, by when. */
export interface DifficultSituationActionTable {
  id: Generated<number>;
  situation_id: number;
  description: string;
  responsible: string;
  due_on: ColumnType<string, string, string>;
  done_at: Timestamp | null;
}

export interface ComplaintPolicyTable {
  office_id: number;
  retention_days: Generated<number>;
  near_due_days: Generated<number>;
}

/** A complaint or request of the register (KPA, Division VIII). Dates are office days (`YYYY-MM-DD`). */
export interface ComplaintTable {
  id: Generated<number>;
  office_id: number;
  kind: 'complaint' | 'request';
  received_on: ColumnType<string, string, string>;
  channel: 'form' | 'letter' | 'email' | 'in_person' | 'problem_report';
  sender_name: Generated<string>;
  sender_address: Generated<string>;
  sender_email: Generated<string>;
  subject: string;
  unit_id: number | null;
  assignee: Generated<string>;
  due_on: ColumnType<string, string, string>;
  status: 'open' | 'answered' | 'unexamined';
  handling: Generated<string>;
  delay_notified_on: ColumnType<string | null, string | null | undefined, string | null>;
  delay_reason: Generated<string>;
  new_due_on: ColumnType<string | null, string | null | undefined, string | null>;
  replied_on: ColumnType<string | null, string | null | undefined, string | null>;
  reply_method: 'letter' | 'email' | 'electronic_delivery' | 'in_person' | null;
  anonymised_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

// The Information Point (migration 202612040200): ground-floor requests and the sign-language interpreter.
export interface InformationPointPolicyTable {
  office_id: number;
  ground_floor_escalate_minutes: Generated<number>;
  interpreter_room_id: number | null;
  sign_language_video_url: string | null;
}

export type GroundFloorReasonColumn = 'mobility' | 'wheelchair' | 'blind' | 'deaf' | 'elderly' | 'pregnant' | 'carer_with_child' | 'other';

export interface GroundFloorRequestTable {
  id: Generated<number>;
  office_id: number;
  service_id: number;
  unit_id: number;
  reason: GroundFloorReasonColumn;
  room_id: number;
  ticket_id: number | null;
  status: Generated<'registered' | 'accepted' | 'served' | 'cancelled'>;
  registered_at: Timestamp;
  registered_by: number | null;
  accepted_at: Timestamp | null;
  accepted_by: number | null;
  accepted_desk_id: number | null;
  served_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  escalated_at: Timestamp | null;
}

export interface InterpreterStatusTable {
  office_id: number;
  available: boolean;
  reason: 'in_session' | 'break' | 'technical' | 'absent' | 'other' | null;
  expected_back: Timestamp | null;
  changed_at: Timestamp;
  changed_by: number | null;
}

export interface InterpreterSessionTable {
  id: Generated<number>;
  office_id: number;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  service_id: number | null;
  unit_id: number | null;
  outcome: 'settled' | 'referred' | 'interrupted' | 'technical_failure' | null;
  started_by: number | null;
}

export interface InterpreterRequestTable {
  id: Generated<number>;
  office_id: number;
  method: 'pjm' | 'sjm' | 'skogn';
  visit_on: string;
  visit_time: string;
  service_id: number | null;
  full_name: string;
  email: Generated<string>;
  phone: Generated<string>;
  locale: Generated<string>;
  status: Generated<'requested' | 'confirmed' | 'proposed' | 'cancelled'>;
  proposed_on: string | null;
  proposed_time: string | null;
  proposed_method: 'pjm' | 'sjm' | 'skogn' | 'video' | null;
  answer_reason: Generated<string>;
  created_at: Timestamp;
  answered_at: Timestamp | null;
  answered_by: number | null;
  anonymised_at: Timestamp | null;
}

/** The matters a member of staff handles (none: every service of their unit). */
export interface StaffServiceTable {
  staff_id: number;
  service_id: number;
}

/** A distinct folded word of some service's names or keywords. */
export interface DirectoryWordTable {
  word: string;
}

/** Which service uses which directory word. */
export interface ServiceWordTable {
  service_id: number;
  word: string;
}

/** Who is away on which days (inclusive), kept by the unit's head. */
export interface StaffAbsenceTable {
  id: Generated<number>;
  office_id: number;
  staff_id: number;
  starts_on: string;
  ends_on: string;
  created_by: number | null;
  created_at: DefaultTimestamp;
}

/** A phone call transferred by the Information Point: matter and unit, never the caller. */
export interface PhoneTransferTable {
  id: Generated<string>;
  office_id: number;
  service_id: number;
  unit_id: number;
  staff_id: number | null;
  noted_by: number | null;
  noted_at: Timestamp;
}

/** A unit's note to the Information Point (basic standard 8). */
export interface InformationPointNoteTable {
  id: Generated<number>;
  office_id: number;
  unit_id: number;
  service_id: number | null;
  text_pl: string;
  text_en: Generated<string>;
  text_uk: Generated<string>;
  valid_from: Timestamp;
  valid_until: Timestamp;
  shown_to_residents: Generated<boolean>;
  author_id: number | null;
  created_at: DefaultTimestamp;
  withdrawn_at: Timestamp | null;
}

// Problem reports (issue 16): categories, Open311 keys, reports and their updates.
export type ReportStatusColumn = 'unconfirmed' | 'open' | 'investigating' | 'in_progress' | 'action_scheduled' | 'fixed' | 'closed';
export type ReportCloseReasonColumn = 'not_responsible' | 'duplicate' | 'no_further_action';

export interface ReportCategoryTable {
  id: Generated<number>;
  office_id: number;
  code: string;
  kind: 'place' | 'office';
  name_pl: string;
  name_en: Generated<string>;
  name_uk: Generated<string>;
  unit_id: number | null;
  position: Generated<number>;
  active: Generated<boolean>;
  /** The Open311 attributes it asks (domain/reports/service-attributes.ts), a JSON list. */
  attributes: ColumnType<unknown, string | undefined, string>;
}

export interface Open311ApiKeyTable {
  id: Generated<number>;
  office_id: number;
  name: string;
  key_hash: Buffer;
  created_at: Timestamp;
  created_by: number | null;
  revoked_at: Timestamp | null;
}

export interface ProblemReportTable {
  id: Generated<number>;
  office_id: number;
  code: string;
  category_id: number;
  description: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  page_link: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  /** Open311's media_url, kept as given. */
  media_url: string | null;
  locale: 'pl' | 'en' | 'uk';
  source: 'form' | 'open311';
  api_key_id: number | null;
  api_token: string | null;
  status: ReportStatusColumn;
  close_reason: ReportCloseReasonColumn | null;
  refer_to: string | null;
  duplicate_of: number | null;
  unit_id: number | null;
  hidden_at: Timestamp | null;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
  updated_at: Timestamp;
  first_response_at: Timestamp | null;
  closed_at: Timestamp | null;
  anonymised_at: Timestamp | null;
  version: Generated<number>;
  /** Answers to its category's attributes by code, a JSON object. */
  attributes: ColumnType<unknown, string | undefined, string>;
}

export interface ReportUpdateTable {
  id: Generated<string>;
  report_id: number;
  kind: 'status' | 'reply' | 'note' | 'assign';
  status: ReportStatusColumn | null;
  close_reason: ReportCloseReasonColumn | null;
  unit_id: number | null;
  body: string | null;
  public: boolean;
  staff_id: number | null;
  created_at: Timestamp;
  hidden_at: Timestamp | null;
}

export interface ReportPhotoTable {
  report_id: number;
  content_type: 'image/jpeg';
  bytes: Buffer;
  created_at: Timestamp;
  hidden_at: Timestamp | null;
}

// Quality (issue 18): satisfaction answers and the audits of the standards.
export interface StatsRolledDayTable {
  office_id: number;
  office_day: string;
  rolled_at: Date;
}

export interface StatsCellTable {
  office_id: number;
  office_day: string;
  hour: number;
  service_id: number;
  desk_id: number | null;
  tickets: number;
  served: number;
  no_shows: number;
  transfers: number;
  priority: number;
  bookings: number;
  booking_no_shows: number;
  waits: Buffer;
  services: Buffer;
}

export interface SatisfactionAnswerTable {
  id: Generated<number>;
  office_id: number;
  ticket_id: number | null;
  booking_id: number | null;
  device_id: number | null;
  service_id: number | null;
  unit_id: number | null;
  desk_id: number | null;
  answered_at: Timestamp;
  score: number;
  comment: string | null;
  comment_state: Generated<'none' | 'pending' | 'approved' | 'rejected'>;
  moderated_by: number | null;
  moderated_at: Timestamp | null;
}

export interface StandardAuditItemTable {
  id: Generated<number>;
  office_id: number;
  standard: string;
  position: number;
  wording_pl: string;
  wording_en: Generated<string>;
  wording_uk: Generated<string>;
  created_at: Timestamp;
  retired_at: Timestamp | null;
}

export interface StandardAuditTable {
  id: Generated<number>;
  office_id: number;
  unit_id: number;
  desk_id: number | null;
  channel: 'in_person' | 'phone';
  performed_on: string;
  auditor_id: number;
  note: Generated<string>;
  recorded_at: Timestamp;
}

export interface StandardAuditResultTable {
  audit_id: number;
  item_id: number;
  office_id: number;
  result: 'met' | 'not_met' | 'not_observed';
  note: Generated<string>;
}

// Home visits (issue 17, migration 202612050100). Dates are office days (`YYYY-MM-DD`).
type OfficeDay = ColumnType<string, string, string>;

export interface HomeVisitPolicyTable {
  office_id: number;
  handle_within_days: Generated<number>;
  expiry_warning_days: Generated<number>;
  retention_days: Generated<number>;
}

export interface HomeVisitRequestTable {
  id: Generated<number>;
  office_id: number;
  unit_id: number;
  service_id: number | null;
  matter_text: Generated<string>;
  channel: 'desk' | 'phone';
  applicant_name: string;
  visit_address: string;
  phone: string;
  email: Generated<string>;
  /** The language the resident is written to in (the date's e-mail). */
  locale: Generated<'pl' | 'en' | 'uk'>;
  representative_name: Generated<string>;
  representative_kind: 'carer' | 'family' | 'legal_guardian' | 'attorney' | null;
  representative_phone: Generated<string>;
  reason_category: 'mobility' | 'chronic_illness' | 'disability' | 'temporary_condition' | 'old_age' | 'other';
  preferred_days: ColumnType<string[], string[] | undefined, string[]>;
  preferred_time: 'morning' | 'midday' | 'afternoon' | 'any';
  preferred_notes: Generated<string>;
  access_notes: Generated<string>;
  consent: boolean;
  clause_given: boolean;
  taken_by: number;
  taken_at: Timestamp;
  status: Generated<'registered' | 'sent' | 'assigned' | 'authorised' | 'scheduled' | 'done' | 'cancelled'>;
  sent_at: Timestamp | null;
  case_sign: string | null;
  assigned_to: number | null;
  assigned_at: Timestamp | null;
  cancel_reason: Generated<string>;
  ended_at: Timestamp | null;
  anonymised_at: Timestamp | null;
}

export interface HomeVisitAuthorisationCounterTable {
  office_id: number;
  year: number;
  last_number: number;
}

export interface HomeVisitAuthorisationTable {
  id: Generated<number>;
  office_id: number;
  employee_id: number;
  unit_id: number | null;
  request_id: number | null;
  scope: string;
  legal_basis: string;
  valid_from: OfficeDay;
  valid_until: OfficeDay;
  status: Generated<'requested' | 'granted' | 'refused' | 'revoked'>;
  requested_by: number;
  requested_at: Timestamp;
  number_year: number | null;
  number_seq: number | null;
  number: string | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
  refusal_reason: Generated<string>;
  revoked_by: number | null;
  revoked_at: Timestamp | null;
  revoke_reason: Generated<string>;
}

export interface HomeVisitTable {
  id: Generated<number>;
  request_id: number;
  authorisation_id: number;
  employee_id: number;
  visit_on: OfficeDay;
  visit_time: string;
  informed_by: 'phone' | 'letter' | 'email';
  status: Generated<'scheduled' | 'done' | 'cancelled' | 'moved'>;
  outcome: 'handled' | 'documents_taken' | 'not_home' | 'refused_by_resident' | null;
  documents_taken: Generated<string>;
  note: Generated<string>;
  reason: Generated<string>;
  scheduled_by: number;
  scheduled_at: Timestamp;
  ended_at: Timestamp | null;
}
