import type { PayPageMessages } from './pay-page-en.ts';

/** Arabic messages of `<paylink-pay-page>`, loaded on demand. */
export default {
  language: 'اللغة',
  loading: 'جارٍ تحميل عملية الدفع…',
  amountDue: 'المبلغ المستحق',
  payBy: 'ادفع قبل {{date}}',
  methods: 'طريقة الدفع',
  methodCard: 'بطاقة',
  pay: 'ادفع {{amount}}',
  redirecting: 'جارٍ نقلك إلى صفحة الدفع الآمنة…',
  payFailed: 'تعذّر بدء عملية الدفع. تحقّق من اتصالك وحاول مرة أخرى.',
  methodUnavailable: 'طريقة الدفع هذه غير متاحة حاليًا. يُرجى اختيار طريقة أخرى.',
  paidHeading: 'تم استلام الدفعة',
  paidText: 'شكرًا لك! استلم {{merchant}} دفعتك. يمكنك إغلاق هذه الصفحة الآن.',
  receipt: 'الإيصال',
  receiptAmount: 'المبلغ',
  receiptDate: 'تاريخ الدفع',
  receiptReference: 'المرجع',
  receiptMethod: 'طريقة الدفع',
  declinedHeading: 'لم تتم عملية الدفع',
  declinedText:
    'تم رفض دفعتك أو تعذّر إتمامها، لذا لم يُخصم أي مبلغ. يمكنك المحاولة مرة أخرى بطريقة الدفع نفسها أو بطريقة أخرى.',
  tryAgain: 'حاول مرة أخرى',
  reopenFailed: 'تعذّر الاتصال بالخادم. تحقّق من اتصالك وحاول مرة أخرى.',
  expiredHeading: 'انتهت صلاحية هذا الرابط',
  expiredText:
    'انتهت صلاحية هذا الرابط ولم يعد من الممكن الدفع من خلاله. تواصل مع {{merchant}} للحصول على رابط جديد.',
  notFoundHeading: 'رابط الدفع غير موجود',
  notFoundText:
    'رابط الدفع هذا غير موجود أو لم يعد متاحًا. تأكّد من أنك فتحت الرابط كاملًا، أو تواصل مع المُرسِل.',
  errorHeading: 'تعذّر تحميل عملية الدفع',
  errorText: 'تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  retry: 'إعادة المحاولة',
  secure: 'دفع آمن عبر Paylink',
} satisfies PayPageMessages;
