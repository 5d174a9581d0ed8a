import { describeLocales } from '../../test-support/locales.ts';
import type { Messages } from '../i18n/i18n.ts';
import en from './locales/en.ts';
import { importMessages } from './messages.ts';

describeLocales('<paylink-import>', importMessages, en as Messages);
