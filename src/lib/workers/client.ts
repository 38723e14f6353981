import {
  WORKER_OF,
  type RequestType,
  type ResponseMessage,
  type WorkerKind as Kind,
  type WorkerRequests,
} from './protocol';

const workers = new Map<Kind, Worker>();
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function start(kind: Kind): Worker {
  // Literal URLs so Vite bundles each worker as its own file.
  if (kind === 'data') {
    return new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
  }
  if (kind === 'import') {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  }
  return new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module' });
}

function getWorker(kind: Kind): Worker {
  const existing = workers.get(kind);
  if (existing) return existing;
  const worker = start(kind);
  worker.onmessage = (e: MessageEvent<ResponseMessage>) => {
    const call = pending.get(e.data.id);
    if (!call) return;
    pending.delete(e.data.id);
    if (e.data.ok) call.resolve(e.data.value);
    else call.reject(new Error(e.data.message));
  };
  worker.onerror = (e) => {
    for (const call of pending.values()) call.reject(new Error(e.message || 'worker failed'));
    pending.clear();
  };
  workers.set(kind, worker);
  return worker;
}

/** Sends one request to the worker that handles it (started on first use) and awaits the answer. */
export function callWorker<K extends RequestType>(
  type: K,
  payload: WorkerRequests[K]['request'],
): Promise<WorkerRequests[K]['response']> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    getWorker(WORKER_OF[type]).postMessage({ id, type, payload });
  });
}
