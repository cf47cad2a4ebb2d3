import { randomBytes } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateExtensionKey, normaliseKey } from '../../scripts/pack-crx';
import { Collector } from './collector';
import { FixtureServer } from './fixture-server';
import { EXTENSION_DIR, launch, until, type Harness } from './harness';

/** Where Debian's Chromium reads mandatory machine policy (every *.json file in it, merged). */
export const POLICY_DIR = process.env['CHROMIUM_POLICY_DIR'] ?? '/etc/chromium/policies/managed';

/** Policy files apply to every Chromium on the machine: only root may write them (CI runs as root). */
export function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of the built extension signed with a fresh key, so it has an id of its own. Policy files reach every
 * Chromium on the machine; with its own id, a test's 3rdparty policy cannot change what another test file
 * (which loads dist/ under the release id) sees.
 */
export interface TestExtension {
  dir: string;
  id: string;
  keyPem: string;
  remove: () => void;
}

export function makeTestExtension(source = EXTENSION_DIR): TestExtension {
  const keyPem = generateExtensionKey();
  const { id, publicKeyBase64 } = normaliseKey(keyPem);
  const dir = mkdtempSync(join(tmpdir(), 'acg-ext-'));
  cpSync(source, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest['key'] = publicKeyBase64;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, id, keyPem, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const live = new Set<string>();
process.once('exit', () => {
  for (const f of live) rmSync(f, { force: true });
});

/** One machine policy file with a name no other test file uses; removed by remove() (and at exit, whatever happens). */
export class PolicyFile {
  readonly path: string;

  constructor(tag: string) {
    this.path = join(POLICY_DIR, `acg-e2e-${tag}-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  }

  /**
   * Writes atomically: the text goes to a file beside the policy folder, then is renamed into it, so Chromium's
   * watcher never reads half a file.
   */
  write(policy: object): void {
    const staging = join(dirname(POLICY_DIR), `.${this.path.split('/').pop()}.tmp`);
    writeFileSync(staging, JSON.stringify(policy));
    live.add(this.path);
    renameSync(staging, this.path);
  }

  /** Chrome-level policies plus this extension's 3rdparty values. */
  writeFor(extensionId: string, values: Record<string, unknown>, chromePolicies: Record<string, unknown> = {}): void {
    this.write({ ...chromePolicies, '3rdparty': { extensions: { [extensionId]: values } } });
  }

  remove(): void {
    rmSync(this.path, { force: true });
    live.delete(this.path);
  }
}

/** A browser whose extension (a test copy with an id of its own) starts under a machine policy file written for it. */
export interface PolicyBrowser {
  h: Harness;
  ext: TestExtension;
  policy: PolicyFile;
  /** An administrator's log collector, for a policy's reportUrl. */
  collector: Collector;
  /** Date.now() just before Chromium was started. */
  launchedAt: number;
  /** Closes the browser and the collector, removes the policy file and the extension copy. */
  close: () => Promise<void>;
}

/**
 * Writes the policy `values` (given the fixture server and the collector, for their URLs) for a fresh test copy of the
 * extension, then launches Chromium with it. `prepare` adds what the server must serve before the browser starts.
 */
export async function launchWithPolicy(
  tag: string,
  values: (env: { server: FixtureServer; collector: Collector }) => Record<string, unknown>,
  prepare?: (server: FixtureServer) => void,
): Promise<PolicyBrowser> {
  const ext = makeTestExtension();
  const policy = new PolicyFile(tag);
  const server = await new FixtureServer().start();
  const collector = await new Collector().start();
  const cleanUp = async () => {
    await collector.stop();
    policy.remove();
    ext.remove();
  };
  try {
    policy.writeFor(ext.id, values({ server, collector }));
    prepare?.(server);
    const launchedAt = Date.now();
    const h = await launch({ extensionDir: ext.dir, server });
    return {
      h,
      ext,
      policy,
      collector,
      launchedAt,
      close: async () => {
        await h.close();
        await cleanUp();
      },
    };
  } catch (e) {
    await server.stop();
    await cleanUp();
    throw e;
  }
}

/** Waits until Chromium has read the policy file and handed its `key` to the extension as `ok` accepts it. */
export async function untilPolicyRead(h: Harness, key: string, ok: (value: unknown) => boolean, timeoutMs = 20_000): Promise<void> {
  await until(async () => ok((await (await h.worker()).evaluate((k) => chrome.storage.managed.get(k), key))[key]), `${key} in chrome.storage.managed`, timeoutMs);
}
