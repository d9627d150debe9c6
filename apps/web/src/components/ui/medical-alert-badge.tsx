import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function WarningIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M12 3 2 21h20L12 3Z"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
      <path d="M12 10v5M12 17.5v.5" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * A patient's medical alerts wherever the team meets the patient: a red badge that says how
 * many, with the alerts themselves in a tooltip (on hover, focus or touch) and, for screen
 * readers, in the badge's own text. Renders nothing without alerts.
 */
export function MedicalAlertBadge({ alerts }: { alerts: readonly string[] | null | undefined }) {
  const { t } = useTranslation('patients');
  if (!alerts?.length) return null;
  const list = alerts.join(', ');
  return (
    <Tooltip label={list} multiline maw={280} events={{ hover: true, focus: true, touch: true }}>
      <Badge
        color="red.9"
        variant="filled"
        leftSection={<WarningIcon />}
        miw="max-content"
        tabIndex={0}
        data-testid="medical-alert-badge"
      >
        <span aria-hidden="true">{t('alertBadge.label', { count: alerts.length })}</span>
        <VisuallyHidden>{t('alertBadge.full', { alerts: list })}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
