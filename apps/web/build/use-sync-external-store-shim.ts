// react-i18next imports `use-sync-external-store/shim` for React versions before 18; React 19
// has the hook itself, and the shim's code would otherwise be sent with every page.
export { useSyncExternalStore } from 'react';
