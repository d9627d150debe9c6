/** How long a password may be: long enough to resist guessing, short enough to hash cheaply. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
