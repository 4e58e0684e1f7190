// Demo mode is the host's to give: started without it, the platform the service sees has no demo sign-in, so
// auth.devLogin and auth.demoUsers answer FORBIDDEN (as on CloudBase) and only real sign-in remains.
import type { Identity, Platform } from '../platform/ports';

export function withoutDemoSignIn<P extends Platform>(platform: P): Platform {
  const identity: Identity = { resolve: (request) => platform.identity.resolve(request) };
  return { ...platform, identity };
}
