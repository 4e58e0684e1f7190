// files.upload (local host): the bytes of a photo, video or signature, stored and recorded as the caller's. Reached
// through POST /api/_upload?purpose=…, the one route whose body is a file; it goes through the same dispatch.
import { API } from '../../core/api';
import { action } from '../_lib/action';
import { storeUpload } from './store-upload';

export const upload = action(API.files.upload, async function upload(input, ctx) {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  return { upload: await storeUpload(ctx, ctx.caller, input.purpose, input.contentType, bytes) };
});
