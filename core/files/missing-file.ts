// What a view shows for a file the storage no longer holds (a photo deleted from cloud storage): an image that says so,
// instead of failing the whole list. The app can compare a URL with it to say the same in words.

/**
 * A data: URL (no request, nothing to lose): a grey 240 × 240 square reading 「图片已失效」. The SVG is written out in
 * base64 once (core runs in the mini-program too, where neither Buffer nor TextEncoder can be counted on); its test
 * decodes it.
 */
export const MISSING_FILE_URL =
  'data:image/svg+xml;base64,' +
  'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNDAiIGhlaWdodD0iMjQwIiB2aWV3Qm94PSIw' +
  'IDAgMjQwIDI0MCI+PHJlY3Qgd2lkdGg9IjI0MCIgaGVpZ2h0PSIyNDAiIGZpbGw9IiNGMkYyRjIiLz48dGV4dCB4PSIxMjAiIHk9' +
  'IjEyOCIgZm9udC1zaXplPSIyMiIgdGV4dC1hbmNob3I9Im1pZGRsZSIgZmlsbD0iIzg4ODg4OCIgZm9udC1mYW1pbHk9InNhbnMt' +
  'c2VyaWYiPuWbvueJh+W3suWkseaViDwvdGV4dD48L3N2Zz4=';
