// The `auth` cloud function: sign-in on the local host, who am I, invitations and WeChat binding.
import { bind } from './bind';
import { demoUsers } from './demo-users';
import { devLogin } from './dev-login';
import { invite } from './invite';
import { me } from './me';

export const actions = { devLogin, demoUsers, me, invite, bind };
