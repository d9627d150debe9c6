import { AppShell, Burger, Button, Group, Stack, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { RoleBadge } from '../../components/ui/role-badge';
import { useMe } from '../../features/auth/api/get-me';
import { useLogout } from '../../features/auth/api/logout';
import { useClinic } from '../../features/clinic/api/get-clinic';
import { notifyError } from '../../lib/notify';
import type { Role } from '../../types/api';
import { NavItemLink } from './nav-item-link';
import { navLinks } from './nav-links';

export function DashboardLayout({ role }: { role: Role }) {
  const [isNavOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { data: user } = useMe();
  const { data: clinic } = useClinic();
  const logout = useLogout();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  // Mantine only slides a folded menu off screen; hiding it also keeps its links out of the tab
  // order and away from screen readers.
  const isNavHidden = !isWide && !isNavOpen;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={isNavOpen}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavOpen ? 'Close menu' : 'Open menu'}
            />
            <Text fw={700} truncate>
              {clinic?.name ?? 'Dental clinic'}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" truncate maw={220}>
              {user?.name}
            </Text>
            <Button
              variant="default"
              size="xs"
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, {
                  onError: (error) => notifyError(error, 'Could not sign out'),
                })
              }
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        aria-label="Main menu"
        style={isNavHidden ? { visibility: 'hidden' } : undefined}
      >
        <AppShell.Section grow>
          {navLinks[role].map((item) => (
            <NavItemLink key={item.to} item={item} onNavigate={closeNav} />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={4} p="xs">
            <Text size="xs" c="dimmed">
              Signed in as
            </Text>
            <Text size="sm" fw={500} lineClamp={2}>
              {user?.name}
            </Text>
            <Group>
              <RoleBadge role={role} />
            </Group>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
