import { readFileSync } from 'node:fs';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@clinic/domain';
import { hash, verify } from '@node-rs/argon2';

// argon2id with 7 MiB, 5 passes, 1 lane: among OWASP's settings of equal strength (19 MiB with 2
// passes is another), the one that holds the least memory while a sign-in is checked, about
// 15 ms here. Several sign-ins at once each hold their own. argon2id is the library's default
// algorithm; the unit test pins it.
const ARGON2_OPTIONS = { memoryCost: 7_168, timeCost: 5, parallelism: 1 };
const CURRENT_SETTINGS = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;

let commonPasswords: Set<string> | undefined;

/** The 10,000 most common passwords of eight or more characters, shipped beside this file. */
function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return commonPasswords;
}

/** Why `password` is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (loadCommonPasswords().has(password.toLowerCase())) {
    return 'This password is among the most common ones; choose another.';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Whether a stored hash was made with other settings than today's (it is redone at sign-in). */
export function isOutdatedHash(storedHash: string): boolean {
  return !storedHash.startsWith(CURRENT_SETTINGS);
}

// Verified against when the email is unknown, so a wrong email costs as long as a wrong
// password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that never matches');
  const target = storedHash ?? (await decoyHash);
  const matches = await verify(target, password).catch(() => false);
  return storedHash !== null && matches;
}
