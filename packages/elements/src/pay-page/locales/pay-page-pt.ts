import type { PayPageMessages } from './pay-page-en.ts';

/** Portuguese messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'Idioma',
  loading: 'A carregar o seu pagamento…',
  amountDue: 'Valor a pagar',
  payBy: 'Pagar até {{date}}',
  methods: 'Método de pagamento',
  methodCard: 'Cartão',
  pay: 'Pagar {{amount}}',
  redirecting: 'A redirecioná-lo para a página de pagamento segura…',
  payFailed: 'Não foi possível iniciar o pagamento. Verifique a sua ligação e tente novamente.',
  methodUnavailable: 'Este método de pagamento não está disponível de momento. Escolha outro.',
  paidHeading: 'Pagamento recebido',
  paidText: 'Obrigado! {{merchant}} recebeu o seu pagamento. Já pode fechar esta página.',
  receipt: 'Recibo',
  receiptAmount: 'Valor',
  receiptDate: 'Pago em',
  receiptReference: 'Referência',
  receiptMethod: 'Método de pagamento',
  declinedHeading: 'O pagamento não foi concluído',
  declinedText:
    'O seu pagamento foi recusado ou não pôde ser concluído, pelo que não foi cobrado nenhum valor. Pode tentar novamente com o mesmo método de pagamento ou com outro.',
  tryAgain: 'Tentar novamente',
  reopenFailed: 'Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.',
  expiredHeading: 'Este link expirou',
  expiredText: 'Este link expirou e já não pode ser pago. Contacte {{merchant}} para obter um novo.',
  notFoundHeading: 'Link de pagamento não encontrado',
  notFoundText:
    'Este link de pagamento não existe ou já não está disponível. Verifique se abriu o link completo ou contacte o remetente.',
  errorHeading: 'Não foi possível carregar o seu pagamento',
  errorText: 'Verifique a sua ligação à Internet e tente novamente.',
  retry: 'Tentar novamente',
  secure: 'Pagamento seguro via Paylink',
} satisfies PayPageMessages;
