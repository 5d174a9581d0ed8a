// What a page that shows only <paylink-create-form> loads: its define module and everything it pulls
// in (lit, @lit/task, @lit/context, i18next with English, the merchant client with zod/mini, uqr).
// Other languages are separate chunks, loaded only when shown.
import '../src/create-form/define.ts';
