// A TCP relay on 127.0.0.1 in front of a server, that can drop the connections it carries without a
// word, as a NAT or a load balancer does when it forgets a flow: blackhole() stops forwarding
// anything (bytes, FIN, RST) in either direction on every connection open now; connections opened
// after it are relayed as before. Both ends see an open, silent connection.

import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

export interface Blackhole {
  url: string;
  /** connections: every connection the relay accepted (a pre-flight's included). */
  connections: () => number;
  /** blackhole: from now on, the connections open now carry nothing either way. */
  blackhole: () => void;
  close: () => Promise<void>;
}

export async function startBlackhole(targetPort: number): Promise<Blackhole> {
  let accepted = 0;
  const pairs = new Set<{ client: Socket; upstream: Socket; dead: boolean }>();
  const server = createServer((client) => {
    accepted++;
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    const pair = { client, upstream, dead: false };
    pairs.add(pair);
    const relay = (from: Socket, to: Socket) => {
      from.on('data', (chunk: Buffer) => {
        if (!pair.dead) to.write(chunk);
      });
      from.on('end', () => {
        if (!pair.dead) to.end();
      });
      from.on('error', () => undefined);
      from.on('close', () => {
        if (!pair.dead) to.destroy();
      });
    };
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => accepted,
    blackhole: () => {
      for (const pair of pairs) pair.dead = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const { client, upstream } of pairs) {
          client.destroy();
          upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
