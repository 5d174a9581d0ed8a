// What a page of an app that shows only <paylink-create-form> loads: the published define module
// (dist/, as an app's bundler resolves it) and everything it pulls in (lit, @lit/task, @lit/context,
// i18next with English, the merchant client with zod/mini). Other languages and the QR encoder are
// separate chunks, loaded only when needed.
import '@paylink/elements/create-form/define';
