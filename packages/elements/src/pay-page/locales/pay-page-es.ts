import type { PayPageMessages } from './pay-page-en.ts';

/** Spanish messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'Idioma',
  loading: 'Cargando tu pago…',
  amountDue: 'Importe a pagar',
  payBy: 'Pagar antes del {{date}}',
  methods: 'Método de pago',
  methodCard: 'Tarjeta',
  pay: 'Pagar {{amount}}',
  redirecting: 'Te estamos llevando a la página de pago segura…',
  payFailed: 'No se pudo iniciar el pago. Comprueba tu conexión e inténtalo de nuevo.',
  methodUnavailable: 'Este método de pago no está disponible en este momento. Elige otro.',
  paidHeading: 'Pago recibido',
  paidText: '¡Gracias! {{merchant}} ha recibido tu pago. Ya puedes cerrar esta página.',
  receipt: 'Recibo',
  receiptAmount: 'Importe',
  receiptDate: 'Pagado el',
  receiptReference: 'Referencia',
  receiptMethod: 'Método de pago',
  declinedHeading: 'El pago no se ha completado',
  declinedText:
    'Tu pago fue rechazado o no se pudo completar, así que no se ha cobrado nada. Puedes volver a intentarlo con el mismo método de pago o con otro.',
  tryAgain: 'Volver a intentarlo',
  reopenFailed: 'No se pudo conectar con el servidor. Comprueba tu conexión e inténtalo de nuevo.',
  expiredHeading: 'Este enlace ha caducado',
  expiredText:
    'Este enlace ha caducado y ya no se puede pagar. Ponte en contacto con {{merchant}} para recibir uno nuevo.',
  notFoundHeading: 'Enlace de pago no encontrado',
  notFoundText:
    'Este enlace de pago no existe o ya no está disponible. Comprueba que has abierto el enlace completo o ponte en contacto con el remitente.',
  errorHeading: 'No hemos podido cargar tu pago',
  errorText: 'Comprueba tu conexión a Internet e inténtalo de nuevo.',
  retry: 'Reintentar',
  secure: 'Pago seguro con Paylink',
} satisfies PayPageMessages;
