import { uiMessages } from '../../ui/message-bundle';
import type { FeatureHandlers } from '../context';

/** Content scripts cannot read `_locales` (not web-accessible): they ask here when their chrome.i18n answers ''. */
export const i18nHandlers: FeatureHandlers<'i18n/messages'> = {
  async 'i18n/messages'() {
    return (await uiMessages()) as Record<string, { message: string }> | null;
  },
};
