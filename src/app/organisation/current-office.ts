import { deepFreeze } from '../../domain/shared/kept.ts';
import type { Db } from '../../storage/database.ts';
import { currentOffice, type OfficeRow } from '../../storage/office-repository.ts';

/** The accessibility statement's facts as the administrator keeps them (the act of 4 April 2019). */
export interface AccessibilityFacts {
  status: 'full' | 'partial' | 'none';
  /** 'YYYY-MM-DD' dates, null when not filled in. */
  publishedOn: string | null;
  updatedOn: string | null;
  preparedOn: string | null;
  reviewedOn: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** What is not accessible and why, as the administrator wrote it. */
  exceptions: string;
}

/** The office this installation serves: its name, address, contact and accessibility statement. */
export interface Office {
  id: number;
  name: string;
  shortName: string;
  isDemo: boolean;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  accessibility: AccessibilityFacts;
}

// Shaped once per kept row: every request reads the office, and the kept row is replaced only when the settings change.
const shaped = new WeakMap<OfficeRow, Office>();

function officeFrom(row: OfficeRow): Office {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    isDemo: row.is_demo,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    accessibility: {
      status: row.a11y_status,
      publishedOn: row.a11y_published_on,
      updatedOn: row.a11y_updated_on,
      preparedOn: row.a11y_prepared_on,
      reviewedOn: row.a11y_reviewed_on,
      contactName: row.a11y_contact_name,
      contactEmail: row.a11y_contact_email,
      contactPhone: row.a11y_contact_phone,
      exceptions: row.a11y_exceptions,
    },
  };
}

/**
 * The office this installation serves, kept in memory while the settings are unchanged; frozen, as it is
 * shared by every request. Takes only the database: a visitor's actor needs the office before there is one.
 * @example const office = await readCurrentOffice(db); office.shortName // 'UM Piotrków'
 */
export async function readCurrentOffice(db: Db): Promise<Office> {
  const row = await currentOffice(db);
  let office = shaped.get(row);
  if (!office) shaped.set(row, (office = deepFreeze(officeFrom(row))));
  return office;
}
