import { spawn } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { exitStatusOf, isRunning, stopChild } from './supervise'

const idle = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
const exited = (child: ReturnType<typeof idle>) => new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])))

describe('npm start supervising the server', () => {
  it('sees a server killed outright as ended, and exits with its status (kill -9: 137), at once', async () => {
    const server = idle()
    const ended = exited(server)
    server.kill('SIGKILL')
    const [code, signal] = await ended
    expect(isRunning(server)).toBe(false)
    expect(exitStatusOf(code, signal)).toBe(137)
    // Before: a child ended by a signal looked alive (exitCode null) and the supervisor waited for ever.
    await stopChild(server)
  })

  it('stops a running server and waits for it', async () => {
    const server = idle()
    await new Promise((resolve) => server.once('spawn', resolve))
    expect(isRunning(server)).toBe(true)
    await stopChild(server)
    expect(isRunning(server)).toBe(false)
    expect(exitStatusOf(0, null)).toBe(0)
  })
})
