import { Affix, Loader, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../hooks/use-live-events';

// A blip shorter than this is not worth interrupting anyone for.
const NOTICE_DELAY_MS = 5000;

/** Tells the user that what they see may be out of date while the live stream is down. */
export function LiveStatusNotice() {
  const { t } = useTranslation('events');
  const status = useLiveStatus();
  const [isShown, setIsShown] = useState(false);

  useEffect(() => {
    if (status !== 'reconnecting') {
      setIsShown(false);
      return;
    }
    const timer = setTimeout(() => setIsShown(true), NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <Affix position={{ bottom: 16, left: 16 }}>
      <div role="status" aria-live="polite">
        {status === 'superseded' ? (
          <Paper withBorder shadow="md" px="md" py="xs" radius="md">
            <Text size="sm" fw={500}>
              {t('superseded')}
            </Text>
          </Paper>
        ) : isShown ? (
          <Paper withBorder shadow="md" px="md" py="xs" radius="md">
            <Text size="sm" fw={500} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <Loader size="xs" aria-hidden />
              {t('reconnecting')}
            </Text>
          </Paper>
        ) : null}
      </div>
    </Affix>
  );
}
