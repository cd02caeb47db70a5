/** `puente serve` when it cannot listen: one line naming the port and the way out, and exit code 4. */
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/capture-io.js';

describe('puente serve', () => {
  it('says in one line that the port is taken, and exits 4', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const io = captureIo();
      const code = await main(
        ['serve', '--port', String(port), '--db', join(mkdtempSync(join(tmpdir(), 'puente-serve-')), 'store.db')],
        io,
      );
      expect(code).toBe(4);
      expect(io.stderr).toEqual([
        `puente serve: port ${port} on 127.0.0.1 is already in use; choose another with --port N or PORT=N`,
      ]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
