// The `files` function: uploads (bytes on the local host, registered cloud files on CloudBase).
import { register } from './register';
import { upload } from './upload';

export const actions = { upload, register };
