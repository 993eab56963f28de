import type { FastifyInstance } from 'fastify';
import { absenceRoutes } from './absences.ts';
import { informationPointRoutes } from './information-point.ts';
import { notesRoutes } from './notes.ts';
import { phoneDirectoryRoutes } from './phone-directory.ts';
import { publicDirectoryRoutes } from './public-directory.ts';
import { staffPhoneRoutes } from './staff-phone.ts';

/**
 * The Information Point's directory (issue 14): "Gdzie załatwię sprawę?" for residents, the Information
 * Point's page, the phone directory with transfers, absences and notes to the Information Point.
 */
export async function directoryArea(app: FastifyInstance): Promise<void> {
  publicDirectoryRoutes(app);
  informationPointRoutes(app);
  phoneDirectoryRoutes(app);
  notesRoutes(app);
  absenceRoutes(app);
  staffPhoneRoutes(app);
}
