/** Synthetic lists of a given size for the filter bench (also bundled into the DataTable bench page). */
const syllables = ['san', 'ta', 'mar', 'ia', 'lo', 'ber', 'gen', 'ville', 'ko', 'ri', 'do', 'ham', 'ton', 'ka', 'zu']
const nameFor = (i: number) => {
  let n = i * 7919 + 13
  let name = ''
  for (let part = 0; part < 3; part++) {
    name += syllables[n % syllables.length]
    n = Math.floor(n / syllables.length) + part * 31
  }
  return name.charAt(0).toUpperCase() + name.slice(1)
}

export function syntheticCities(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    countryCode: 'US',
    stateCode: `state${i % 50}`,
    stateName: `State ${i % 50}`,
    code: `${nameFor(i).toLowerCase()}${i}`,
    name: `${nameFor(i)} ${i}`,
  }))
}

export function syntheticUsers(count: number) {
  return {
    quota: { limit: count + 100, remainingLimit: 100, userCount: count },
    users: Array.from({ length: count }, (_, i) => ({
      username: `${nameFor(i).toLowerCase()}${i}`.slice(0, 15),
      password: `Pw${i}abc`,
      enabled: i % 7 !== 0,
      trafficLimitBytes: i % 3 === 0 ? 0 : 1024 ** 3,
      usedBytes: (i * 7_654_321) % 1024 ** 3,
      createdOn: '2026-01-15',
    })),
  }
}
