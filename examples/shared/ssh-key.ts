import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The key files looked for in ~/.ssh, in this order. */
export const KEY_FILES = ['id_ed25519.pub', 'id_ecdsa.pub', 'id_rsa.pub'];

/**
 * The SSH public key the example machines accept: the content of $SSH_PUBLIC_KEY, else the file
 * named by $SSH_PUBLIC_KEY_FILE, else the first of ~/.ssh/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub.
 */
export function sshPublicKeyFromEnvironment(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (env.SSH_PUBLIC_KEY && env.SSH_PUBLIC_KEY.trim() !== '') return env.SSH_PUBLIC_KEY.trim();
  if (env.SSH_PUBLIC_KEY_FILE) {
    if (!fs.existsSync(env.SSH_PUBLIC_KEY_FILE)) {
      throw new Error(`SSH_PUBLIC_KEY_FILE names ${env.SSH_PUBLIC_KEY_FILE}, which does not exist: point it at your public key (a .pub file)`);
    }
    return fs.readFileSync(env.SSH_PUBLIC_KEY_FILE, 'utf8').trim();
  }
  for (const name of KEY_FILES) {
    const file = path.join(home, '.ssh', name);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  }
  throw new Error(
    `no SSH public key found: the lab's machines only accept SSH keys. Looked for $SSH_PUBLIC_KEY, $SSH_PUBLIC_KEY_FILE and ` +
    `${KEY_FILES.map((f) => `~/.ssh/${f}`).join(', ')}. Create one with \`ssh-keygen -t ed25519\`, or set SSH_PUBLIC_KEY to the ` +
    `content of your public key.`);
}

/**
 * The private key the artifacts (SSH config, Ansible inventory) point at: $SSH_PRIVATE_KEY_FILE,
 * else $SSH_PUBLIC_KEY_FILE without its `.pub` when that file exists, else the private half of the
 * first of ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exists; undefined when none is found (ssh
 * then uses its own defaults and agent).
 */
export function sshPrivateKeyFileFromEnvironment(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string | undefined {
  if (env.SSH_PRIVATE_KEY_FILE) return env.SSH_PRIVATE_KEY_FILE;
  if (env.SSH_PUBLIC_KEY_FILE && env.SSH_PUBLIC_KEY_FILE.endsWith('.pub') && fs.existsSync(env.SSH_PUBLIC_KEY_FILE.slice(0, -4))) {
    return env.SSH_PUBLIC_KEY_FILE.slice(0, -4);
  }
  for (const name of KEY_FILES) {
    const file = path.join(home, '.ssh', name.replace(/\.pub$/, ''));
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}
