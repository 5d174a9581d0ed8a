import type { PayPageMessages } from './pay-page-en.ts';

/** Dutch messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'Taal',
  loading: 'Je betaling wordt geladen…',
  amountDue: 'Te betalen',
  payBy: 'Betalen vóór {{date}}',
  methods: 'Betaalmethode',
  methodCard: 'Kaart',
  pay: 'Betaal {{amount}}',
  redirecting: 'We sturen je door naar de beveiligde betaalpagina…',
  payFailed: 'De betaling kon niet worden gestart. Controleer je verbinding en probeer het opnieuw.',
  methodUnavailable: 'Deze betaalmethode is nu niet beschikbaar. Kies een andere.',
  paidHeading: 'Betaling ontvangen',
  paidText: 'Bedankt! {{merchant}} heeft je betaling ontvangen. Je kunt deze pagina sluiten.',
  receipt: 'Betaalbewijs',
  receiptAmount: 'Bedrag',
  receiptDate: 'Betaald op',
  receiptReference: 'Referentie',
  receiptMethod: 'Betaalmethode',
  declinedHeading: 'De betaling is niet gelukt',
  declinedText:
    'Je betaling werd geweigerd of kon niet worden voltooid, dus er is geen geld afgeschreven. Je kunt het opnieuw proberen met dezelfde of een andere betaalmethode.',
  tryAgain: 'Opnieuw proberen',
  reopenFailed: 'We konden de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  expiredHeading: 'Deze link is verlopen',
  expiredText: 'Deze link is verlopen en kan niet meer worden betaald. Vraag {{merchant}} om een nieuwe.',
  notFoundHeading: 'Betaallink niet gevonden',
  notFoundText:
    'Deze betaallink bestaat niet of is niet meer beschikbaar. Controleer of je de volledige link hebt geopend, of neem contact op met de afzender.',
  errorHeading: 'We konden je betaling niet laden',
  errorText: 'Controleer je internetverbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  secure: 'Veilig betalen via Paylink',
} satisfies PayPageMessages;
