import type { ImportField, ImportIssueCode } from '@paylink/client/csv';
import { IMPORT_FIELDS, IMPORT_ISSUE_CODES } from '@paylink/client/csv';
import type { LocaleBundle, Messages } from '../i18n/i18n.ts';
import type { IssueWords } from './issue-text.ts';
import en from './locales/en.ts';

/**
 * The import's translations: English bundled, every other language a separate module loaded the
 * first time an import shows it.
 */
export const importMessages: LocaleBundle = {
  namespace: 'paylink-import',
  en: en as Messages,
  loaders: {
    ar: () => import('./locales/ar.ts'),
    de: () => import('./locales/de.ts'),
    es: () => import('./locales/es.ts'),
    fr: () => import('./locales/fr.ts'),
    it: () => import('./locales/it.ts'),
    nl: () => import('./locales/nl.ts'),
    pt: () => import('./locales/pt.ts'),
  },
};

/** Translates a key of the import's messages. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The message key of a field's label (`customer.email` → `field.customerEmail`: keys hold no dots). */
export function fieldKey(field: ImportField): string {
  return `field.${field.replace(/\.(\w)/, (_, c: string) => c.toUpperCase()).replace('customerCustomerNumber', 'customerNumber')}`;
}

/** Placeholders kept as they are, so the worker can fill them in per row. */
const PLACEHOLDERS = { value: '{{value}}', max: '{{max}}', method: '{{method}}', currency: '{{currency}}' };

/** The words issues are told in, in the current language (see `issue-text.ts`). */
export function issueWords(t: Translate): IssueWords {
  const reasons = {} as Record<ImportIssueCode, string>;
  for (const code of IMPORT_ISSUE_CODES) reasons[code] = t(`reason.${code}`, PLACEHOLDERS);
  const fields = {} as Record<ImportField, string>;
  for (const field of IMPORT_FIELDS) fields[field] = t(fieldKey(field));
  return { reasons, fields };
}
