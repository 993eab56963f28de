import { DomainError } from '../domain/shared/errors.ts';
import type { Db } from '../storage/database.ts';
import { currentOffice } from '../storage/office-repository.ts';

/** The database has no office yet: the command has nothing to work on, and says what to do first. */
export class EmptyDatabaseError extends Error {
  constructor() {
    super(
      `The database holds no office yet. First run \`npm start\`: it creates the database ` +
        `and loads the office's data (the demo city hall of Piotrków Trybunalski on a first start). ` +
        `Or load the demo office now with \`okienko demo-data\`.`,
    );
  }
}

/**
 * The office a command works on; on an empty database an EmptyDatabaseError that says what to run first.
 * @example const office = await officeForCommand(storage.db);
 */
export async function officeForCommand(db: Db): Promise<{ id: number }> {
  try {
    return await currentOffice(db);
  } catch (error) {
    if (error instanceof DomainError && error.key === 'errors.unavailable') throw new EmptyDatabaseError();
    throw error;
  }
}
