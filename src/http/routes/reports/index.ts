import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { prepareConfirmKey } from '../../../app/reports/index.ts';
import { MAX_PHOTO_UPLOAD_BYTES, MAX_PHOTOS } from '../../../domain/reports/index.ts';
import { photoUploads, publicReportRoutes } from './public-form.ts';

/**
 * Problem reports for residents: the form "Zgłoś problem" (`/zglos-problem`, linked from every page's
 * footer), the page after sending, and each report's public page (`/zgloszenia/<code>`) with its
 * confirmation link. Worded HTML errors (the root's `pageErrors`).
 */
export async function reportsArea(app: FastifyInstance): Promise<void> {
  // The confirmation links' key is made at start, not by the first link checked (a refused one must not write).
  // With the database away at start, the first confirmation makes it.
  app.addHook('onReady', async () => {
    await prepareConfirmKey(app.deps.db).catch(() => undefined);
  });
  // The form posts multipart/form-data when it carries a photo (no JavaScript needed). Files are read into
  // memory up to the limit (a bigger one is cut off and refused with a worded message); a few more file
  // fields than allowed are counted and refused the same way, past that busboy's own limit answers 413.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_PHOTO_UPLOAD_BYTES, files: MAX_PHOTOS + 2, fields: 120, parts: 130 },
    async onFile(part) {
      const bytes = await part.toBuffer();
      const upload = photoUploads.get(this) ?? { files: [], tooLarge: false };
      if (part.file.truncated) upload.tooLarge = true;
      else upload.files.push(bytes);
      photoUploads.set(this, upload);
    },
  });
  publicReportRoutes(app);
}
