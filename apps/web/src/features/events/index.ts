// What other features may use of the live events feature; the rest is its own business.
export { useLiveEvents } from './hooks/use-live-events';
export type { LiveEvent } from './live-events-context';
