/** What the packaging specs package with (global-setup.ts) and then expect to find. */
export const UPDATE_URL = 'https://updates.example.test/thordata-desktop'
export const RELEASE_NOTES = '<h3>What changed</h3><ul><li>ISP, unlimited and CDK tabs</li></ul>'
