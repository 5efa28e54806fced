import { hash } from '@node-rs/argon2';

// The one place the demo hashes a password. It moves to the users service (hashPassword) once that
// exists, so demo users and real users are hashed the same way.
/** Hashes the demo users' password with argon2id. */
export function hashDemoPassword(password: string): Promise<string> {
  return hash(password);
}
