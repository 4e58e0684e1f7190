// The `auth` function: sign-in on the local host, who am I, invitations and WeChat binding, the first admin.
import { bind } from './bind';
import { bootstrap } from './bootstrap';
import { demoUsers } from './demo-users';
import { devLogin } from './dev-login';
import { invitations } from './invitations';
import { invite } from './invite';
import { me } from './me';
import { revokeInvitation } from './revoke-invitation';

export const actions = { devLogin, demoUsers, me, invite, bind, invitations, revokeInvitation, bootstrap };
