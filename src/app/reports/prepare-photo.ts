import sharp from 'sharp';
import {
  MAX_PHOTO_PIXELS,
  MAX_PHOTO_SIDE,
  PHOTO_FORMATS,
  photoUploadError,
  uploadedPhoto,
  type PhotoUpload,
} from '../../domain/reports/index.ts';
import type { FieldError } from '../../domain/shared/errors.ts';

// A small server: no cache of decoded images kept between requests, and one libvips thread per operation (by
// default as many as the cores): `fileReport` re-encodes a few photos at once, each on a core of its own, so
// a burst of photos does not make every one of them fight for both cores of a small machine.
sharp.cache(false);
sharp.concurrency(1);

/** A photo as stored: re-encoded JPEG bytes without any metadata. */
export interface PreparedPhoto {
  bytes: Buffer;
  type: 'image/jpeg';
}

/**
 * Checks and re-encodes a report's photo: the size and count limits, the format read from the bytes
 * (JPEG, PNG or WebP; a file's name and declared type are not trusted), then a new JPEG turned upright,
 * bounded to `MAX_PHOTO_SIDE` and without any metadata (EXIF with its GPS position, XMP, ICC: sharp writes
 * none unless asked). No photo sent is `{ photo: null }`; a refusal is the field error of `photo`.
 * @example const { photo, error } = await preparePhoto({ files: [bytes], tooLarge: false });
 */
export async function preparePhoto(
  upload: PhotoUpload | null | undefined,
): Promise<{ photo: PreparedPhoto | null; error: FieldError | null }> {
  if (!upload) return { photo: null, error: null };
  const refused = photoUploadError(upload);
  if (refused) return { photo: null, error: refused };
  const file = uploadedPhoto(upload);
  if (!file) return { photo: null, error: null };
  const notImage = { photo: null, error: { key: 'reports.photo.notImage' } };
  try {
    const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' as const };
    const { format } = await sharp(file, options).metadata();
    if (!PHOTO_FORMATS.includes(format)) return notImage;
    const bytes = await sharp(file, options)
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return { photo: { bytes, type: 'image/jpeg' }, error: null };
  } catch {
    // libvips refuses what it cannot decode (not an image, a cut-off file, too many pixels): not a photo.
    return notImage;
  }
}
