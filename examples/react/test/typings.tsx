// Type tests of `@paylink/elements/react` (checked by `pnpm run typecheck`, never run): what React 19
// really does with a custom element is typed, anything else is an error. Each `@ts-expect-error`
// fails the check when its line stops being an error.
import type { PaylinkClient } from '@paylink/client';
import type { PaylinkDetail, PaylinkList } from '@paylink/elements';
import { type ReactNode, useRef } from 'react';

declare const client: PaylinkClient;

export function Accepted(): ReactNode {
  const list = useRef<PaylinkList>(null);
  return (
    <paylink-provider api-base="/api" getToken={async () => 'token'} lang="nl" key="provider">
      <paylink-list
        ref={list}
        poll-interval={5000}
        pollInterval={5000}
        client={client}
        className="list"
        onClick={(event) => event.currentTarget}
        onpaylink-select={(event) => event.detail.id.toUpperCase()}
        onpaylink-archive-request={(event) => event.preventDefault()}
        onpaylink-error={(event) => event.detail.error.code}
      />
      <paylink-detail link-id="L1" linkId="L1" onpaylink-refunded={(event) => event.detail.refund.amount} />
      <paylink-create-form customer-id="C1" onpaylink-created={(event) => event.detail.link.title} />
      <paylink-import
        parse-on-page
        chunk-size={100}
        onpaylink-imported={(event) => event.detail.created + 1}
      />
      <paylink-pay-page
        token="t"
        navigate={(url) => url.length}
        onpaylink-paid={(event) => event.detail.amount}
      />
    </paylink-provider>
  );
}

export function Rejected(): ReactNode {
  const detail = useRef<PaylinkDetail>(null);
  // One element per case: TypeScript reports one wrong attribute per element. It does not check
  // names with a hyphen it does not know (`poll-intervall`, `onpaylink-slect`): only their types.
  return (
    <>
      {/* @ts-expect-error getToken is a function, not a string */}
      <paylink-provider getToken="token" />
      {/* @ts-expect-error no such property (a typo of pollInterval) */}
      <paylink-list pollIntervall={5000} />
      {/* @ts-expect-error poll-interval is a number of milliseconds */}
      <paylink-list poll-interval={true} />
      {/* @ts-expect-error the detail of paylink-select is { id } */}
      <paylink-list
        onpaylink-select={(event: CustomEvent<{ link: { id: string } }>) => event.detail.link.id}
      />
      {/* @ts-expect-error React 19 would listen to an event named "PaylinkArchived", not paylink-archived */}
      <paylink-list onPaylinkArchived={() => {}} />
      {/* @ts-expect-error the ref of a <paylink-list> is a PaylinkList */}
      <paylink-list ref={detail} />
      {/* @ts-expect-error a getter-only property (set by the element) */}
      <paylink-list total={3} />
      {/* @ts-expect-error `paylink-created` carries { link }, which has no `id` at the top */}
      <paylink-create-form onpaylink-created={(event) => event.detail.id} />
      {/* @ts-expect-error not a Paylink element */}
      <paylink-unknown />
    </>
  );
}
