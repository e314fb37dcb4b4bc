import { BRIDGE_GLOBAL, channels, eventNames } from '@shared/ipc/contract'

/**
 * The script the bridge serves at /__bridge/bridge.js. In the browser it plays the preload's part: it defines
 * window.thordata with exactly the shape of the `Bridge` interface, forwarding each call over HTTP to the real
 * main-process dispatcher. It is plain ES2020 so it runs as-is in the page (CSP allows same-origin scripts).
 */
export function bridgeClientScript(): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const eventNames = ${JSON.stringify(eventNames)};
  const page = () => location.href;
  const invoke = {};
  for (const channel of channels) {
    invoke[channel] = async (input) => {
      let response;
      try {
        response = await fetch('/__bridge/invoke/' + encodeURIComponent(channel), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-thordata-page': page() },
          body: JSON.stringify({ input }),
        });
      } catch (error) {
        return { ok: false, error: { kind: 'network', message: 'The preview server is not running.', retryable: true } };
      }
      const result = await response.json();
      if (channel === 'app.copyText' && result.ok && navigator.clipboard) {
        // Mirror main's clipboard into the browser's, so copying works for a person using the preview.
        navigator.clipboard.writeText(input.text).catch(() => {});
      }
      return result;
    };
  }
  const listeners = new Map(eventNames.map((name) => [name, new Set()]));
  const source = new EventSource('/__bridge/events');
  source.onmessage = (message) => {
    const { name, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  const on = {};
  for (const name of eventNames) {
    on[name] = (listener) => {
      listeners.get(name).add(listener);
      return () => listeners.get(name).delete(listener);
    };
  }
  Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: Object.freeze({ invoke: Object.freeze(invoke), on: Object.freeze(on) }) });
})();
`
}
