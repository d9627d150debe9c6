import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import type { NavItem } from './nav-links';

export function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation('app');
  const isActive = useMatch({ path: item.to, end: true }) !== null;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
