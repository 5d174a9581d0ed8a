/**
 * English messages of `<paylink-detail>`: bundled, and the fallback for every other language.
 * Plural keys use i18next's suffixes (`_one`, `_other`; languages with more forms add theirs).
 */
const en = {
  dir: 'ltr',
  label: 'Payment link',
  loading: 'Loading the payment link…',
  loadFailed: 'The payment link could not be loaded: {{message}}',
  retry: 'Retry',
  notFound: 'This payment link does not exist (any more).',
  deleted: '“{{title}}” was permanently deleted.',
  status: {
    created: 'Created',
    clicked: 'Clicked',
    paid: 'Paid',
    expired: 'Expired',
    declined: 'Declined',
  },
  archivedTag: 'Archived',
  payUrl: 'Pay URL',
  copyLink: 'Copy link',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'The link could not be copied: it is selected, press Ctrl+C (⌘C) to copy it.',
  openPayPage: 'Open pay page',
  qrLabel: 'QR code of the pay URL',
  payPageClosed:
    'Archived: its pay page is closed, and it cannot be sent or changed, until it is unarchived.',
  actions: 'Actions',
  send: 'Send',
  changeLanguage: 'Change language',
  archive: 'Archive',
  tabs: 'Payment link sections',
  tab: {
    details: 'Details',
    events: 'Events',
    refunds: 'Refunds',
  },
  banner: {
    declinedTitle: 'The payment was declined',
    declinedText:
      'Either the customer declined to pay, or a problem occurred at the payment provider (PSP). The customer can open the link and try again.',
    lastReason: 'Last attempt: {{reason}}.',
    pspReference: 'PSP reference, to quote to support:',
    showEvents: 'Show the events',
    expiredTitle: 'This link has expired',
    expiredText:
      'An expired link cannot be reactivated. Create a new link for the same payment and send it again.',
    createNew: 'Create new link',
  },
  field: {
    status: 'Status',
    amount: 'Amount',
    title: 'Title',
    message: 'Message',
    reference: 'Reference',
    invoice: 'Invoice',
    customer: 'Customer',
    email: 'E-mail',
    mobile: 'Mobile',
    customerNumber: 'Customer number',
    language: 'Language',
    methods: 'Payment methods',
    origin: 'Origin',
    created: 'Created',
    expires: 'Expires',
    paidAt: 'Paid on',
    paidMethod: 'Paid with',
    pspReference: 'PSP reference',
    refunded: 'Refunded',
    updated: 'Last change',
    id: 'ID',
  },
  none: 'None',
  noExpiry: 'No expiry',
  notPaid: 'Not paid',
  origin: {
    manual: 'Manual',
    customer: 'Customer page',
    import: 'Import',
    api: 'API',
    dunning: 'Dunning workflow',
  },
  method: {
    card: 'Card',
  },
  markPaidNote: 'A payment link cannot be marked as paid: only a successful payment makes it Paid.',
  markPaidInvoice: 'If the customer paid another way, mark invoice {{invoice}} as paid instead.',
  event: {
    created: 'Created',
    sent: 'Sent',
    opened: 'Opened by the customer',
    payment_started: 'Payment started',
    paid: 'Paid',
    declined: 'Declined',
    expired: 'Expired',
    language_changed: 'Language changed',
    refund_requested: 'Refund requested',
    refund_succeeded: 'Refund succeeded',
    refund_failed: 'Refund failed',
    archived: 'Archived',
    unarchived: 'Unarchived',
    deleted: 'Deleted',
  },
  actor: {
    merchant: 'by you',
    customer: 'by the customer',
    system: 'automatically',
    psp: 'by the payment provider',
  },
  eventDetail: {
    channel: 'Channel: {{channel}}',
    to: 'To: {{to}}',
    reason: 'Reason: {{reason}}',
    amount: 'Amount: {{amount}}',
    method: 'Method: {{method}}',
    pspReference: 'PSP reference: {{reference}}',
    language: 'From {{from}} to {{to}}',
    message: 'Message: {{message}}',
  },
  reason: {
    customer_declined: 'the customer declined to pay',
    psp_error: 'a problem at the payment provider',
  },
  noEvents: 'No events yet.',
  eventsLabel: 'Events, newest first',
  channel: {
    email: 'Email',
    sms: 'SMS',
    whatsapp: 'WhatsApp',
  },
  refunds: {
    paid: 'Paid',
    refunded: 'Refunded',
    refundable: 'Can still be refunded',
    listLabel: 'Refunds so far',
    none: 'No refunds yet.',
    pending: 'Pending',
    succeeded: 'Succeeded',
    failed: 'Failed',
    failedReason: 'Failed: {{reason}}',
    retry: 'Try again',
    nothingLeft: 'The whole amount has been refunded or is being refunded.',
    formTitle: 'New refund',
    amount: 'Refund amount',
    amountHint: 'At most {{amount}}.',
    message: 'Message',
    messageHint: 'The customer sees it with the refund.',
    submit: 'Refund',
    confirmTitle: 'Confirm the refund',
    confirmText: 'Refund {{amount}} to {{customer}}? A refund cannot be undone.',
    confirm: 'Confirm refund',
    cancel: 'Cancel',
    requested: 'Refund of {{amount}} requested.',
    settledSucceeded: 'Refund of {{amount}} succeeded.',
    settledFailed: 'Refund of {{amount}} failed.',
  },
  refundError: {
    amountRequired: 'Enter the amount to refund.',
    amountInvalid: 'Enter an amount like {{example}}.',
    amountPositive: 'Enter an amount greater than 0.',
    amountDecimals: 'Use at most {{digits}} decimals.',
    amountAbove: 'At most {{amount}} can still be refunded.',
    messageRequired: 'Enter a message for the customer.',
    messageTooLong: 'Use at most 140 characters.',
    notAllowed: 'This link can no longer be refunded.',
  },
  sendDialog: {
    title: 'Send the payment link',
    channel: 'Send through',
    recipientEmail: 'E-mail address',
    recipientMobile: 'Mobile number',
    submit: 'Send by {{channel}}',
    close: 'Close',
    results: 'Sent so far',
    sent: '{{channel}} to {{to}}: sent.',
    failed: '{{channel}} to {{to}}: not delivered ({{reason}}).',
    missingRecipient: 'Enter an address to send to.',
    notSendable: 'This link cannot be sent in its current status.',
  },
  languageDialog: {
    title: 'Change the language',
    explain: 'The language of the pay page and of messages sent to the customer.',
    label: 'Language',
    save: 'Save language',
    cancel: 'Cancel',
    changed: 'Language changed to {{language}}.',
  },
  archiveDialog: {
    title: 'Archive payment link',
    willDelete: 'This link was never opened: archiving deletes it permanently.',
    willArchive: 'This link will be archived: its pay page closes until it is unarchived.',
    explain:
      'Links that were never opened are deleted, not archived, unless a dunning workflow created them.',
    confirm: 'Archive',
    cancel: 'Cancel',
    archived: '“{{title}}” archived.',
  },
  nowStatus: 'The link is now {{status}}.',
  actionFailed: 'That did not work: {{message}}',
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';

/**
 * The shape every locale of the detail has: each English key, as a string. Languages with more plural
 * forms than English may add them to the top-level plural keys.
 */
export type DetailMessages = Strings<typeof en> & { [key: `${string}_${ExtraPluralForm}`]: string };

/** Every message key, dotted (`tab.details`), for a typed `t()`. */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];
export type DetailKey = Keys<typeof en>;

export default en satisfies DetailMessages;
