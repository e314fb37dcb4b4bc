import { createContext, useContext } from 'react'

/** Opens one of the shell's sections by its value in app/tabs.ts (asking first if the open one has unsaved work). */
export type OpenTab = (value: string) => void

const OpenTabContext = createContext<OpenTab>(() => {})

export const OpenTabProvider = OpenTabContext.Provider

/** For a link from one section to another ("Fix it in Settings"); outside the shell it does nothing. */
export const useOpenTab = (): OpenTab => useContext(OpenTabContext)
