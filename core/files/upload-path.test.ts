// A cloud upload belongs to the user whose folder it is under.
import { cloudPathOf, isUploadOf, uploadFolderOf } from './upload-path';

describe('upload paths', () => {
  const id = (path: string) => `cloud://env-1.7465-env-1-1300000000/${path}`;

  test('a user uploads under uploads/<userId>/', () => {
    expect(uploadFolderOf('c-1001')).toBe('uploads/c-1001/');
    expect(cloudPathOf(id('uploads/c-1001/photo/20261201/a.jpg'))).toBe('uploads/c-1001/photo/20261201/a.jpg');
    expect(cloudPathOf('f_0123.jpg')).toBeNull();
  });

  test("a file under the caller's folder is theirs; anyone else's, or outside any folder, is not", () => {
    expect(isUploadOf(id('uploads/c-1001/photo/20261201/a.jpg'), 'c-1001')).toBe(true);
    expect(isUploadOf(id('uploads/c-1002/photo/20261201/a.jpg'), 'c-1001')).toBe(false);
    expect(isUploadOf(id('uploads/c-10011/photo/a.jpg'), 'c-1001')).toBe(false);
    expect(isUploadOf(id('uploads/photo/20261201/a.jpg'), 'c-1001')).toBe(false);
    expect(isUploadOf(id('uploads/c-1001/'), 'c-1001')).toBe(false);
    expect(isUploadOf('uploads/c-1001/a.jpg', 'c-1001')).toBe(false);
  });

  test('no climbing out of the folder with dot segments or empty ones', () => {
    expect(isUploadOf(id('uploads/c-1001/../c-1002/a.jpg'), 'c-1001')).toBe(false);
    expect(isUploadOf(id('uploads/c-1001/./a.jpg'), 'c-1001')).toBe(false);
    expect(isUploadOf(id('uploads/c-1001//a.jpg'), 'c-1001')).toBe(false);
  });
});
