/** The largest photo file taken from a resident (the form says "najwyżej 10 MB"). */
export const MAX_PHOTO_UPLOAD_MB = 10;
export const MAX_PHOTO_UPLOAD_BYTES = MAX_PHOTO_UPLOAD_MB * 1024 * 1024;
/** Photos one report may carry (the form has one file field; Open311 one `media_url`). */
export const MAX_PHOTOS = 1;
/** The longest side of a stored photo, in pixels: enough to see a pothole, small enough to keep. */
export const MAX_PHOTO_SIDE = 2048;
/** The most pixels decoded from a file, so a small file that claims a huge image (a decompression bomb) is refused. */
export const MAX_PHOTO_PIXELS = 50_000_000;
/** The image formats taken, as the bytes (not the file's name or declared type) say. */
export const PHOTO_FORMATS: readonly string[] = ['jpeg', 'png', 'webp'];

/** What a form sent as its photo field: the files' bytes, and whether one was cut off at the size limit. */
export interface PhotoUpload {
  files: readonly Uint8Array[];
  tooLarge: boolean;
}

/**
 * Why an upload cannot be a report's photo, as a field error of `photo`, or null when it may be decoded:
 * no file (or only empty file fields, as a browser sends with no file chosen) is no photo at all.
 * @example photoUploadError({ files: [a, b], tooLarge: false }) // { key: 'reports.photo.tooMany', values: { max: 1 } }
 */
export function photoUploadError(upload: PhotoUpload): { key: string; values?: Record<string, number> } | null {
  if (upload.tooLarge) return { key: 'reports.photo.tooLarge', values: { mb: MAX_PHOTO_UPLOAD_MB } };
  const files = upload.files.filter((f) => f.length > 0);
  if (files.length > MAX_PHOTOS) return { key: 'reports.photo.tooMany', values: { max: MAX_PHOTOS } };
  return null;
}

/** The one non-empty file of an upload that passed `photoUploadError`, or null. */
export function uploadedPhoto(upload: PhotoUpload | null | undefined): Uint8Array | null {
  return upload?.files.find((f) => f.length > 0) ?? null;
}
