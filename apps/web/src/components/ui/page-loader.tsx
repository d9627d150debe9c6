import { Center, Loader } from '@mantine/core';
import { i18n } from '../../lib/i18n';

export function PageLoader() {
  return (
    // Not useTranslation: this is what shows while a language's texts are on their way.
    <Center mih="50vh" role="status" aria-label={i18n.t('loading')}>
      <Loader />
    </Center>
  );
}
