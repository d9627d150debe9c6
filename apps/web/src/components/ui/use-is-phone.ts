import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below the `sm` breakpoint, where lists show cards instead of tables: the width at which
 * the appointment book and every other list switch, so all of them switch together.
 */
export function useIsPhone(): boolean {
  const theme = useMantineTheme();
  return Boolean(
    useMediaQuery(`(max-width: ${theme.breakpoints.sm})`, undefined, {
      getInitialValueInEffect: false,
    }),
  );
}
