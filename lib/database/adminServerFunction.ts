import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './unavailable'

/**
 * The admin's edit view asks the server for fresh form state as the editor types. During a
 * database outage Payload's server function throws before its handler runs, the failed server
 * action leaves the edit view half-broken, and the editor's unsaved text can only be saved after
 * a reload that loses it. Answering in the shape Payload's own form-state handler uses for its
 * failures keeps the view working, so the editor can simply save again once the database is back.
 */
export async function answerOutageInFormState<T>(name: string, run: () => Promise<T>): Promise<T | { errors: { message: string }[] }> {
  try {
    return await run()
  } catch (error) {
    if (name === 'form-state' && isDatabaseUnavailable(error)) return { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }
    throw error
  }
}
