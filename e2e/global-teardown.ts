import { rmSync } from 'node:fs';

/**
 * Removes the run's data folder (both installations' databases and the copy of the built
 * pages) when the run made it. The servers may still be stopping: their open files stay
 * readable until closed, and nothing is read from the folder after the last test.
 */
export default function globalTeardown(): void {
  const dataDir = process.env.CLINIC_E2E_DATA_DIR;
  if (!dataDir || process.env.CLINIC_E2E_DATA_DIR_IS_TEMPORARY !== '1') return;
  rmSync(dataDir, { recursive: true, force: true });
}
