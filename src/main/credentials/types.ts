/** The three values from Dashboard → My Account. They never leave main. */
export interface ApiCredentials {
  token: string
  key: string
  /** `td-customer`: used only by the extract links. */
  accountName: string
}
