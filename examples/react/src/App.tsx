// The Paylink elements in a React 19 app. React sets `getToken` as a property and `api-base`,
// `link-id` as attributes, and listens to the elements' events through `onpaylink-<event>` props,
// typed by `@paylink/elements/react` (enabled in src/paylink.d.ts).
// #region setup
// Define the elements before React renders them, so React sees their properties.
import '@paylink/elements/provider/define';
import '@paylink/elements/list/define';
import '@paylink/elements/detail/define';
import '@paylink/elements/create-form/define';
import type { PaylinkCreateForm } from '@paylink/elements/create-form/define';
import type { PaylinkList } from '@paylink/elements/list/define';
import { useRef, useState } from 'react';

/** The API root: `?api=` of the page (the end-to-end test points it at the mock server), else `/api`. */
const apiBase = new URLSearchParams(location.search).get('api') ?? '/api';
/** Called before every request; a real app returns its session's access token. */
const getToken = () => 'react-example-token';
// #endregion

export function App() {
  // #region app
  const list = useRef<PaylinkList>(null);
  const form = useRef<PaylinkCreateForm>(null);
  const [linkId, setLinkId] = useState<string>();
  const [status, setStatus] = useState('');

  return (
    <paylink-provider api-base={apiBase} getToken={getToken}>
      <h1>Payment links</h1>
      <p role="status">{status}</p>
      <main className="layout">
        <paylink-list
          ref={list}
          onpaylink-select={(event) => setLinkId(event.detail.id)}
          onpaylink-create-request={() => form.current?.focus()}
        />
        {linkId && <paylink-detail link-id={linkId} />}
        <paylink-create-form
          ref={form}
          onpaylink-created={(event) => {
            setStatus(`Created ${event.detail.link.title}`);
            void list.current?.reload();
          }}
        />
      </main>
    </paylink-provider>
  );
  // #endregion
}
