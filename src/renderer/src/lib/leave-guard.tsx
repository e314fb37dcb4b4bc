import { createContext, type ReactNode, useContext, useEffect, useState } from 'react'

/**
 * "Leave with unsaved edits?" for the shell's tabs. A view says while it holds edits that switching away would
 * lose (useBlockLeaving); the shell asks mayLeave() before it switches and confirms first when the answer is no.
 */
interface LeaveGuards {
  /** True when nothing registered objects to leaving the open tab. */
  mayLeave: () => boolean
  /** Sets whether the caller (`owner`) objects; false or unmounting lifts it. */
  block: (owner: object, blocking: boolean) => void
}

const LeaveGuardContext = createContext<LeaveGuards | null>(null)

export function LeaveGuardProvider({ value, children }: { value: LeaveGuards; children: ReactNode }) {
  return <LeaveGuardContext.Provider value={value}>{children}</LeaveGuardContext.Provider>
}

function createGuards(): LeaveGuards {
  const blocking = new Set<object>()
  return {
    mayLeave: () => blocking.size === 0,
    block: (owner, on) => {
      if (on) blocking.add(owner)
      else blocking.delete(owner)
    },
  }
}

/** The registry the shell holds, one for the window. */
export function useLeaveGuards(): LeaveGuards {
  return useState(createGuards)[0]
}

/** While `blocking` is true, switching to another tab first asks whether to discard what would be lost. */
export function useBlockLeaving(blocking: boolean): void {
  const guards = useContext(LeaveGuardContext)
  const [owner] = useState(() => ({}))
  useEffect(() => {
    guards?.block(owner, blocking)
    return () => guards?.block(owner, false)
  }, [guards, owner, blocking])
}
