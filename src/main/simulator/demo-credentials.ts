import type { ApiCredentials } from '../credentials/types'

/** The account demo mode signs in with. The simulator accepts these unless it is started with others. */
export const DEMO_CREDENTIALS: ApiCredentials = {
  token: 'a3f9c27e51b84d6f9e0d2c7b18f4a6e2',
  key: 'k8Zq2LmN4pR7tV1xW6yB',
  accountName: 'demoshop2024',
}
