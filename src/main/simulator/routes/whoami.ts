import type { RawReply, Route } from '../http/route'

/** The public-IP lookup behind "Add my current IP": answers the IP the simulator treats as the caller's. */
export const whoamiRoutes: Route[] = [
  {
    method: 'GET',
    path: '/whoami',
    public: true,
    envelope: 'raw',
    handle: (ctx): RawReply => ({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ ip: ctx.state.publicIp }),
    }),
  },
  {
    // Asked directly, the IP echo sees the caller itself; through the forward proxy it reports the proxy's exit.
    method: 'GET',
    path: '/ip-echo',
    public: true,
    envelope: 'raw',
    handle: (ctx): RawReply => ({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ ip: ctx.state.publicIp, country: 'US' }),
    }),
  },
]
