import type { EventName, Events } from '@shared/ipc/contract'

export type EventListener = <E extends EventName>(name: E, payload: Events[E]) => void

/** Main → renderer pushes. The Electron adapter forwards them to the window; the browser bridge to its page. */
export function createEventBus() {
  const listeners = new Set<EventListener>()
  return {
    emit<E extends EventName>(name: E, payload: Events[E]): void {
      for (const listener of listeners) listener(name, payload)
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
export type EventBus = ReturnType<typeof createEventBus>
