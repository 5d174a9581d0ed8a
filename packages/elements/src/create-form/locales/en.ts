/**
 * English messages of `<paylink-create-form>`: bundled, and the fallback for every other language.
 * Plural keys use i18next's suffixes (`_one`, `_other`; languages with more forms add theirs).
 */
const en = {
  label: 'New payment link',
  amount: 'Amount',
  amountHint: 'For example {{example}}',
  currency: 'Currency',
  title: 'Title',
  titleLeft_one: '{{count, number}} character left',
  titleLeft_other: '{{count, number}} characters left',
  titleOver_one: '{{count, number}} character too many',
  titleOver_other: '{{count, number}} characters too many',
  message: 'Message',
  messageHint: 'Shown to the customer on the pay page.',
  reference: 'Reference',
  invoice: 'Invoice',
  optional: '(optional)',
  customer: 'Customer',
  customerName: 'Customer name',
  customerHint: 'Type to search your customers, or enter a new one.',
  email: 'Email',
  mobile: 'Mobile',
  suggestions_one: '{{count, number}} customer found. Use the up and down arrows to choose.',
  suggestions_other: '{{count, number}} customers found. Use the up and down arrows to choose.',
  noSuggestions: 'No customer matches: a new one is created.',
  chosen: 'Existing customer {{name}} chosen.',
  existingCustomer: 'Existing customer',
  changeCustomer: 'Change customer',
  lockedCustomer: 'This link is for this customer.',
  loadingCustomer: 'Loading the customer…',
  customerFailed: 'The customer could not be loaded: {{message}}',
  language: 'Language',
  languageHint: 'The language of the pay page and of the messages sent.',
  expiry: 'Expiry date',
  expiryHint: 'The link can be paid until the end of this day. Leave it empty for no expiry.',
  expiryShort_one: 'Only {{count, number}} day left to pay: the customer may not have enough time.',
  expiryShort_other: 'Only {{count, number}} days left to pay: the customer may not have enough time.',
  expiryToday: 'The link expires tonight: the customer may not have enough time.',
  methods: 'Payment methods',
  methodInactive: 'Not activated: activate it first',
  loadingMethods: 'Loading payment methods…',
  methodsFailed: 'The payment methods could not be loaded: {{message}}',
  send: 'Send now',
  sendNone: 'Do not send',
  sendEmail: 'By email',
  sendSms: 'By SMS',
  sendWhatsapp: 'By WhatsApp',
  create: 'Create payment link',
  creating: 'Creating the payment link…',
  retry: 'Retry',
  error: {
    amountRequired: 'Enter an amount.',
    amountInvalid: 'Enter an amount like {{example}}.',
    amountPositive: 'Enter an amount greater than 0.',
    amountDecimals_one: 'Use at most {{count, number}} decimal for {{currency}}.',
    amountDecimals_other: 'Use at most {{count, number}} decimals for {{currency}}.',
    amountNoDecimals: '{{currency}} amounts have no decimals.',
    titleRequired: 'Enter a title.',
    tooLong: 'Use at most {{max, number}} characters.',
    customerRequired: 'Enter the customer’s name, or choose an existing customer.',
    customerUnknown: 'This customer no longer exists. Choose another one.',
    emailInvalid: 'Enter an email address like name@example.com.',
    mobileInvalid: 'Enter a mobile number like +32 470 12 34 56.',
    emailMissing: 'Enter an email address to send the link by email.',
    mobileMissing: 'Enter a mobile number to send the link by SMS or WhatsApp.',
    customerEmailMissing: 'This customer has no email address. Choose another way to send.',
    customerMobileMissing: 'This customer has no mobile number. Choose another way to send.',
    expiryPast: 'Choose today or a later date.',
    expiryInvalid: 'Enter a date.',
    methodsRequired: 'Choose at least one payment method.',
    methodNotActive: '{{methods}} is not activated: activate it first, or leave it out.',
    invalid: 'Check this field: {{message}}',
    summary_one: '{{count, number}} field needs your attention.',
    summary_other: '{{count, number}} fields need your attention.',
    network:
      'The payment link could not be created because the server could not be reached. Everything you entered is kept: try again.',
    server: 'The payment link could not be created: {{message}}',
  },
  created: 'Payment link created',
  sent: {
    email: 'Sent by email to {{to}}.',
    sms: 'Sent by SMS to {{to}}.',
    whatsapp: 'Sent by WhatsApp to {{to}}.',
  },
  link: 'Payment link',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'The link could not be copied. It is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  qr: 'QR code of the payment link',
  open: 'Open pay page',
  another: 'Create another',
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';

/**
 * The shape every locale of the create form has: each English key, as a string. Languages with more
 * plural forms than English (Arabic: zero, two, few, many) may add them to the plural keys.
 */
export type CreateFormMessages = Strings<typeof en> & {
  [key: `${string}_${ExtraPluralForm}`]: string;
  error: { [key: `${string}_${ExtraPluralForm}`]: string };
};

type Plain<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Plain<`${P}${K}`> : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key `t()` accepts (a plural key without its suffix). */
export type CreateFormKey = Keys<typeof en>;

export default en satisfies CreateFormMessages;
