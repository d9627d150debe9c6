import type { Config } from '../config.ts';

/**
 * Where clients reach the clinic, for links in messages: PUBLIC_URL, never a request's Host
 * header (a forged one would send a link's token elsewhere); without it, the address the
 * server listens on, right for a clinic on one machine.
 */
export function publicOrigin(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return (config.publicUrl ?? `http://${host}:${config.port}`).replace(/\/+$/, '');
}
