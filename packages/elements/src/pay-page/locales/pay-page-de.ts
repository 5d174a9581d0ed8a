import type { PayPageMessages } from './pay-page-en.ts';

/** German messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'Sprache',
  loading: 'Ihre Zahlung wird geladen…',
  amountDue: 'Zu zahlender Betrag',
  payBy: 'Zahlbar bis {{date}}',
  methods: 'Zahlungsart',
  methodCard: 'Karte',
  pay: '{{amount}} bezahlen',
  redirecting: 'Sie werden zur sicheren Zahlungsseite weitergeleitet…',
  payFailed:
    'Die Zahlung konnte nicht gestartet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  methodUnavailable: 'Diese Zahlungsart ist derzeit nicht verfügbar. Bitte wählen Sie eine andere.',
  paidHeading: 'Zahlung erhalten',
  paidText: 'Vielen Dank! {{merchant}} hat Ihre Zahlung erhalten. Sie können diese Seite jetzt schließen.',
  receipt: 'Beleg',
  receiptAmount: 'Betrag',
  receiptDate: 'Bezahlt am',
  receiptReference: 'Referenz',
  receiptMethod: 'Zahlungsart',
  declinedHeading: 'Die Zahlung war nicht erfolgreich',
  declinedText:
    'Ihre Zahlung wurde abgelehnt oder konnte nicht abgeschlossen werden. Es wurde kein Geld abgebucht. Sie können es mit derselben oder einer anderen Zahlungsart erneut versuchen.',
  tryAgain: 'Erneut versuchen',
  reopenFailed: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  expiredHeading: 'Dieser Link ist abgelaufen',
  expiredText:
    'Dieser Link ist abgelaufen und kann nicht mehr bezahlt werden. Bitte wenden Sie sich für einen neuen Link an {{merchant}}.',
  notFoundHeading: 'Zahlungslink nicht gefunden',
  notFoundText:
    'Dieser Zahlungslink existiert nicht oder ist nicht mehr verfügbar. Prüfen Sie, ob Sie den vollständigen Link geöffnet haben, oder wenden Sie sich an den Absender.',
  errorHeading: 'Ihre Zahlung konnte nicht geladen werden',
  errorText: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  secure: 'Sichere Zahlung über Paylink',
} satisfies PayPageMessages;
