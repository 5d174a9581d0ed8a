import type { LocaleMessages } from '../../i18n/i18n.ts';

/**
 * English messages of `<paylink-pay-page>`: bundled, and the fallback for every other language.
 * Its keys are the contract every other locale module must satisfy ({@link PayPageMessages}).
 */
const en = {
  language: 'Language',
  loading: 'Loading your payment…',
  amountDue: 'Amount due',
  payBy: 'Pay by {{date}}',
  methods: 'Payment method',
  methodCard: 'Card',
  pay: 'Pay {{amount}}',
  redirecting: 'Taking you to the secure payment page…',
  payFailed: 'The payment could not be started. Check your connection and try again.',
  methodUnavailable: 'This payment method is not available right now. Please choose another one.',
  paidHeading: 'Payment received',
  paidText: 'Thank you! {{merchant}} has received your payment. You can close this page.',
  receipt: 'Receipt',
  receiptAmount: 'Amount',
  receiptDate: 'Paid on',
  receiptReference: 'Reference',
  receiptMethod: 'Payment method',
  declinedHeading: 'The payment did not go through',
  declinedText:
    'Your payment was declined or could not be completed, so no money has been taken. You can try again with the same or another payment method.',
  tryAgain: 'Try again',
  reopenFailed: 'We could not reach the server. Check your connection and try again.',
  expiredHeading: 'This link has expired',
  expiredText: 'This link has expired and can no longer be paid. Contact {{merchant}} for a new one.',
  notFoundHeading: 'Payment link not found',
  notFoundText:
    'This payment link does not exist or is no longer available. Check that you opened the complete link, or contact the sender.',
  errorHeading: 'We could not load your payment',
  errorText: 'Check your internet connection and try again.',
  retry: 'Retry',
  secure: 'Secure payment via Paylink',
} as const;

/** The messages of the pay page in one language: exactly the English keys, each a string. */
export type PayPageMessages = LocaleMessages<typeof en>;

export default en satisfies PayPageMessages;
