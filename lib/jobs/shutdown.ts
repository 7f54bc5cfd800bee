/**
 * A runner asked to stop (SIGTERM) finishes the message it has in flight and records it, then
 * stops taking more: long jobs (a send) look here between messages.
 */
const KEY = Symbol.for('nytt-fran-rus.stopRequested')

export const requestStop = (): void => {
  ;(globalThis as { [KEY]?: boolean })[KEY] = true
}

export const stopRequested = (): boolean => (globalThis as { [KEY]?: boolean })[KEY] === true
