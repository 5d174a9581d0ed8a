import type { PayPageMessages } from './pay-page-en.ts';

/** French messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'Langue',
  loading: 'Chargement de votre paiement…',
  amountDue: 'Montant à payer',
  payBy: 'À payer avant le {{date}}',
  methods: 'Moyen de paiement',
  methodCard: 'Carte',
  pay: 'Payer {{amount}}',
  redirecting: 'Redirection vers la page de paiement sécurisée…',
  payFailed: 'Le paiement n’a pas pu être lancé. Vérifiez votre connexion et réessayez.',
  methodUnavailable:
    'Ce moyen de paiement n’est pas disponible pour le moment. Veuillez en choisir un autre.',
  paidHeading: 'Paiement reçu',
  paidText: 'Merci\u00a0! {{merchant}} a bien reçu votre paiement. Vous pouvez fermer cette page.',
  receipt: 'Reçu',
  receiptAmount: 'Montant',
  receiptDate: 'Payé le',
  receiptReference: 'Référence',
  receiptMethod: 'Moyen de paiement',
  declinedHeading: 'Le paiement n’a pas abouti',
  declinedText:
    'Votre paiement a été refusé ou n’a pas pu être finalisé\u00a0: aucun montant n’a été débité. Vous pouvez réessayer avec le même moyen de paiement ou un autre.',
  tryAgain: 'Réessayer',
  reopenFailed: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  expiredHeading: 'Ce lien a expiré',
  expiredText:
    'Ce lien a expiré et ne peut plus être payé. Contactez {{merchant}} pour en obtenir un nouveau.',
  notFoundHeading: 'Lien de paiement introuvable',
  notFoundText:
    'Ce lien de paiement n’existe pas ou n’est plus disponible. Vérifiez que vous avez ouvert le lien complet, ou contactez l’expéditeur.',
  errorHeading: 'Impossible de charger votre paiement',
  errorText: 'Vérifiez votre connexion Internet et réessayez.',
  retry: 'Réessayer',
  secure: 'Paiement sécurisé par Paylink',
} satisfies PayPageMessages;
