import type { PayPageMessages } from './pay-page-en.ts';

/** Italian messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'Lingua',
  loading: 'Caricamento del pagamento…',
  amountDue: 'Importo da pagare',
  payBy: 'Da pagare entro il {{date}}',
  methods: 'Metodo di pagamento',
  methodCard: 'Carta',
  pay: 'Paga {{amount}}',
  redirecting: 'Ti stiamo portando alla pagina di pagamento sicura…',
  payFailed: 'Non è stato possibile avviare il pagamento. Controlla la connessione e riprova.',
  methodUnavailable: 'Questo metodo di pagamento non è disponibile al momento. Scegline un altro.',
  paidHeading: 'Pagamento ricevuto',
  paidText: 'Grazie! {{merchant}} ha ricevuto il tuo pagamento. Ora puoi chiudere questa pagina.',
  receipt: 'Ricevuta',
  receiptAmount: 'Importo',
  receiptDate: 'Pagato il',
  receiptReference: 'Riferimento',
  receiptMethod: 'Metodo di pagamento',
  declinedHeading: 'Il pagamento non è andato a buon fine',
  declinedText:
    'Il pagamento è stato rifiutato o non è stato completato, quindi non ti è stato addebitato nulla. Puoi riprovare con lo stesso metodo di pagamento o con un altro.',
  tryAgain: 'Riprova',
  reopenFailed: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  expiredHeading: 'Questo link è scaduto',
  expiredText:
    'Questo link è scaduto e non può più essere pagato. Contatta {{merchant}} per riceverne uno nuovo.',
  notFoundHeading: 'Link di pagamento non trovato',
  notFoundText:
    'Questo link di pagamento non esiste o non è più disponibile. Verifica di aver aperto il link completo oppure contatta il mittente.',
  errorHeading: 'Impossibile caricare il pagamento',
  errorText: 'Controlla la connessione a Internet e riprova.',
  retry: 'Riprova',
  secure: 'Pagamento sicuro tramite Paylink',
} satisfies PayPageMessages;
