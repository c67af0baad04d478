// Subscribes to onInventoryChanged with a real client library, prints each event as one JSON line,
// and exits 0 after `count` events (1 on an error, 2 on a timeout).
// Usage: node subscribe.mjs <graphql-ws|subscriptions-transport-ws|graphql-sse> <http url> <productId> <count>
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import pkg from 'subscriptions-transport-ws';
const { SubscriptionClient } = pkg;

const [client, url, productId, count] = process.argv.slice(2);
const wsUrl = url.replace(/^http/, 'ws');
const request = {
  query: 'subscription ($id: Int!) { onInventoryChanged(productId: $id) { productId quantity } }',
  variables: { id: Number(productId) },
};
let received = 0;
let stop = () => {};
const timer = setTimeout(() => { console.error('timed out'); process.exit(2); }, 30_000);
const sink = {
  next: (result) => {
    console.log(JSON.stringify(result));
    if (++received >= Number(count)) { clearTimeout(timer); stop(); setTimeout(() => process.exit(0), 200); }
  },
  error: (error) => { console.error('error', error?.message ?? JSON.stringify(error)); process.exit(1); },
  complete: () => {},
};

if (client === 'graphql-ws') {
  const ws = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const unsubscribe = ws.subscribe(request, sink);
  stop = () => { unsubscribe(); ws.dispose(); };
} else if (client === 'subscriptions-transport-ws') {
  const legacy = new SubscriptionClient(wsUrl, { reconnect: false }, WebSocket);
  const subscription = legacy.request(request).subscribe(sink);
  stop = () => { subscription.unsubscribe(); legacy.close(); };
} else if (client === 'graphql-sse') {
  const sse = createSseClient({ url, singleConnection: false, retryAttempts: 0 });
  const unsubscribe = sse.subscribe(request, sink);
  stop = () => { unsubscribe(); sse.dispose(); };
} else {
  console.error(`unknown client ${client}`);
  process.exit(1);
}
console.error('subscribing');
