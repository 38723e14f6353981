import type { RequestMessage, ResponseMessage } from './protocol';

/** Answers requests posted to this worker with the matching handler (errors become messages). */
export function serve(handlers: Record<string, (payload: never) => unknown>): void {
  self.onmessage = async (e: MessageEvent<RequestMessage>) => {
    const { id, type, payload } = e.data;
    let reply: ResponseMessage;
    try {
      const handler = handlers[type] as ((p: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`Unknown request “${type}”`);
      reply = { id, ok: true, value: await handler(payload) };
    } catch (err) {
      reply = { id, ok: false, message: (err as Error).message };
    }
    self.postMessage(reply);
  };
}
