// The demo office's queue settings: its policy, priority reasons (seed 7.1) and per-service issuing rules.

export const DEMO_QUEUE_POLICY = {
  recalls_before_no_show: 2,
  max_recalls: 3,
  max_out_of_turn_in_a_row: 3,
  booking_minutes_before: 10,
  booking_minutes_after: 15,
};

export const DEMO_PRIORITY_REASONS: { code: string; name_pl: string; name_en: string; name_uk: string }[] = [
  { code: 'reduced_mobility', name_pl: 'Ograniczona sprawność ruchowa', name_en: 'Reduced mobility', name_uk: 'Обмежена рухливість' },
  { code: 'disability', name_pl: 'Niepełnosprawność', name_en: 'Disability', name_uk: 'Інвалідність' },
  { code: 'pregnancy', name_pl: 'Ciąża', name_en: 'Pregnancy', name_uk: 'Вагітність' },
  { code: 'child_in_arms', name_pl: 'Dziecko na ręku', name_en: 'A child in arms', name_uk: 'Дитина на руках' },
  { code: 'age_75_plus', name_pl: 'Wiek 75+', name_en: 'Aged 75 or over', name_uk: 'Вік 75+' },
];

/** Per ticket letter: regular tickets a day (null: no limit) and minutes before closing when issuing stops. */
export const DEMO_SERVICE_RULES: Record<string, { daily_ticket_limit: number | null; stop_issuing_minutes: number }> = {
  A: { daily_ticket_limit: 120, stop_issuing_minutes: 30 },
  B: { daily_ticket_limit: null, stop_issuing_minutes: 10 },
  C: { daily_ticket_limit: 80, stop_issuing_minutes: 30 },
  D: { daily_ticket_limit: 60, stop_issuing_minutes: 30 },
  E: { daily_ticket_limit: 60, stop_issuing_minutes: 30 },
  F: { daily_ticket_limit: 50, stop_issuing_minutes: 20 },
  G: { daily_ticket_limit: 20, stop_issuing_minutes: 45 },
  H: { daily_ticket_limit: null, stop_issuing_minutes: 20 },
  J: { daily_ticket_limit: null, stop_issuing_minutes: 15 },
  K: { daily_ticket_limit: null, stop_issuing_minutes: 15 },
  L: { daily_ticket_limit: null, stop_issuing_minutes: 10 },
};
