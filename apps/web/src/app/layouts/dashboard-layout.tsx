import { AppShell, Burger, Button, Group, Stack, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguagePicker } from '../../components/ui/language-picker';
import { RoleBadge } from '../../components/ui/role-badge';
import { useMe } from '../../features/auth/api/get-me';
import { useLogout } from '../../features/auth/api/logout';
import { useSaveLanguage } from '../../features/auth/api/save-language';
import { useClinic } from '../../features/clinic/api/get-clinic';
import { InboxBell } from '../../features/inbox';
import { switchLanguage } from '../../lib/i18n';
import type { Language } from '../../lib/language';
import { notifyError } from '../../lib/notify';
import type { Role } from '../../types/api';
import { NavItemLink } from './nav-item-link';
import { navLinks } from './nav-links';

export function DashboardLayout({ role }: { role: Role }) {
  const { t } = useTranslation(['app', 'common']);
  const [isNavOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { data: user } = useMe();
  const { data: clinic } = useClinic();
  const logout = useLogout();
  const saveLanguage = useSaveLanguage();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  // Mantine only slides a folded menu off screen; hiding it also keeps its links out of the tab
  // order and away from screen readers.
  const isNavHidden = !isWide && !isNavOpen;

  // The page switches at once; the account keeps the choice for other devices and for emails.
  const chooseLanguage = (language: Language) => {
    void switchLanguage(language);
    if (user) {
      saveLanguage.mutate(
        { userId: user.id, language },
        { onError: (error) => notifyError(error, t('header.languageSaveFailed')) },
      );
    }
  };

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
              aria-label={isNavOpen ? t('header.closeMenu') : t('header.openMenu')}
            />
            <Text fw={700} truncate>
              {clinic?.name ?? t('productName')}
            </Text>
          </Group>
          {/* Kept whole on a phone, where the clinic's name gives way instead. */}
          <Group gap={isWide ? 'sm' : 'xs'} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Text size="sm" visibleFrom="sm" truncate maw={220}>
              {user?.name}
            </Text>
            <InboxBell role={role} />
            <LanguagePicker size="xs" onChange={chooseLanguage} />
            <Button
              variant="default"
              size="xs"
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, {
                  onError: (error) => notifyError(error, t('header.signOutFailed')),
                })
              }
            >
              {t('common:actions.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        aria-label={t('header.mainMenu')}
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
              {t('header.signedInAs')}
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
