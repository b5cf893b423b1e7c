import { createServer, type Server } from 'node:http';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

/** What the health server asks of the queue workers (the WorkerWatchdog's verdict). */
export interface WorkersHealth {
  readonly healthy: boolean;
}

/**
 * The worker's only HTTP surface: GET /health/live and GET /health/ready (PostgreSQL and Redis answer,
 * and every queue worker passed the watchdog's last check), for an orchestrator's probes. Port 0 picks
 * a free port (tests).
 */
export async function startHealthServer(
  port: number,
  host: string,
  dataSource: DataSource,
  redis: Redis,
  workers: WorkersHealth,
): Promise<Server> {
  const server = createServer((request, response) => {
    const reply = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.url === '/health/live') return reply(200, { status: 'ok' });
    if (request.url !== '/health/ready') return reply(404, { status: 'not-found' });
    Promise.all([dataSource.query('SELECT 1'), redis.ping()])
      .then(() =>
        workers.healthy
          ? reply(200, { status: 'ok', database: 'up', redis: 'up', workers: 'up' })
          : reply(503, { status: 'error', database: 'up', redis: 'up', workers: 'down' }),
      )
      .catch((error: unknown) => reply(503, { status: 'error', error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
