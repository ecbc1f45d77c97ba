import { AsyncLocalStorage } from 'node:async_hooks'
import type Database from 'better-sqlite3'

/** Runs one synchronous step of a store (a statement or a few) and resolves with its result. */
export type StepRunner = <T>(step: () => T) => Promise<T>

/** The synchronous form of an asynchronous interface: what a SQLite implementation writes. */
export type Synchronous<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never
}
type Promised<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never
}

/** Each synchronous step, run through `run`: the asynchronous methods an interface asks for. */
export function runEach<S extends Record<string, (...args: never[]) => unknown>>(steps: S, run: StepRunner): Promised<S> {
  return Object.fromEntries(
    Object.entries(steps).map(([name, step]) => [name, (...args: never[]) => run(() => step(...args))])
  ) as Promised<S>
}

/**
 * One better-sqlite3 connection shared by the platform's stores, and the asynchronous
 * transactions their interfaces promise. A statement runs synchronously, so on its own it never
 * interleaves with another; a transaction that awaits between statements would, so it holds the
 * connection from `BEGIN IMMEDIATE` to `COMMIT` and every step outside it waits its turn (else it
 * would join the open transaction, see its uncommitted rows and go down with its rollback).
 * Other processes (admin commands) are kept out by SQLite's write lock.
 */
export type SqliteConnection = {
  db: Database.Database
  /** Runs a step when no transaction holds the connection. */
  step: StepRunner
  /**
   * Runs `fn` alone on the connection, all or nothing; it reaches the database only through the
   * runner it is given. A step outside it made from within it (a store that is not the
   * transaction's) is refused: on this one connection it would wait for itself.
   */
  transaction<T>(fn: (run: StepRunner) => Promise<T>): Promise<T>
  /** Closes the connection once the running transaction has ended; closing again does nothing. */
  close(): Promise<void>
}

type Turn = { open: boolean }

export function serialiseConnection(db: Database.Database): SqliteConnection {
  // Whose turn it is: `held` while a transaction runs, and the steps and transactions waiting.
  let held = false
  const waiting: (() => void)[] = []
  const acquire = async () => {
    if (!held) {
      held = true
      return
    }
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else held = false
  }
  const current = new AsyncLocalStorage<Turn>()
  const refuseInsideTransaction = () => {
    if (current.getStore()?.open) throw new Error('Inside a transaction, reach the database through the store the transaction passes')
  }

  const step: StepRunner = async (fn) => {
    refuseInsideTransaction()
    if (!held) return fn()
    await acquire()
    try {
      return fn()
    } finally {
      release()
    }
  }

  async function transaction<T>(fn: (run: StepRunner) => Promise<T>): Promise<T> {
    refuseInsideTransaction()
    await acquire()
    const turn: Turn = { open: true }
    const run: StepRunner = async (stepFn) => {
      if (!turn.open) throw new Error('This transaction has ended')
      return stepFn()
    }
    try {
      db.exec('BEGIN IMMEDIATE')
      try {
        const result = await current.run(turn, () => fn(run))
        db.exec('COMMIT')
        return result
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK')
        throw error
      }
    } finally {
      turn.open = false
      release()
    }
  }

  async function close(): Promise<void> {
    if (!db.open) return
    await acquire()
    try {
      if (db.open) db.close()
    } finally {
      release()
    }
  }

  return { db, step, transaction, close }
}
