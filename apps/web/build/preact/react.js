// The app and its libraries import `react`; this module answers them with Preact's
// compatibility layer (see docs/decisions/034). Plain JavaScript: Preact's types for it
// (`export =`) cannot be re-exported from TypeScript, and the app is typed against React's.
import compat from 'preact/compat';

export * from 'preact/compat';

/**
 * React 19's `<Activity>`, which Preact 11 lacks. Mantine wraps kept-mounted transitions in it;
 * hidden content is unmounted rather than kept, and nothing in the app keeps any mounted.
 */
export function Activity({ mode, children }) {
  return mode === 'hidden' ? null : children;
}

/** React 19's `useOptimistic`: the router looks for it only in framework mode, unused here. */
export function useOptimistic(value) {
  return [value, () => {}];
}

export default { ...compat, Activity, useOptimistic };
