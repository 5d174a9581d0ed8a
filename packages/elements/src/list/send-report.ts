import type { BulkInvitationResult } from '@paylink/client';
import type { ListTranslate } from './messages.ts';

/** The outcome of a bulk send, for the dialog and the announcement. */
export interface SendReport {
  sent: number;
  failed: number;
  /** One line per failed link: its title and why. */
  failures: string[];
}

const REASON_KEY: Partial<
  Record<string, 'reason.missingRecipient' | 'reason.notSendable' | 'reason.notFound'>
> = {
  missing_recipient: 'reason.missingRecipient',
  invalid_transition: 'reason.notSendable',
  not_found: 'reason.notFound',
};

/** Turns per-link results into counts and readable reasons ("“Invoice 12”: no address for this channel"). */
export function sendReport(
  t: ListTranslate,
  results: BulkInvitationResult['results'],
  titleOf: (id: string) => string,
): SendReport {
  const failures: string[] = [];
  let sent = 0;
  for (const result of results) {
    if (result.outcome === 'sent') {
      sent++;
      continue;
    }
    const code =
      result.outcome === 'not_found' ? 'not_found' : (result.code ?? result.invitation?.reason ?? 'error');
    const key = REASON_KEY[code];
    const reason = key ? t(key) : t('reason.other', { code });
    failures.push(t('failureLine', { title: titleOf(result.id), reason }));
  }
  return { sent, failed: failures.length, failures };
}
