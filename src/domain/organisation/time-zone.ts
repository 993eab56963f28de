/** Every office of this system keeps Polish time: the one time zone of the code, the pages and the database queries. */
export const OFFICE_TIME_ZONE = 'Europe/Warsaw';
