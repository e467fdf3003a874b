import * as fs from 'fs';
import * as path from 'path';
import { AssetType, TerraformAsset, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { escapeTerraformTemplate } from './terraform-escape';

const commands = new Map<string, string>();

/** The path of one of the package's shell scripts (lib/scripts/<name>, found from lib/ and from dist/lib). */
export function scriptPath(name: string): string {
  const candidates = [path.join(__dirname, '..', 'scripts', name), path.join(__dirname, '..', '..', '..', 'lib', 'scripts', name)];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`cdktf-libvirt is installed without lib/scripts/${name} (looked in ${candidates.join(', ')}); reinstall the package`);
  return found;
}

/**
 * The text of one of the package's shell scripts, escaped for a Terraform string, ready to be a
 * local-exec `command`. Read and escaped once per process, however many resources run it.
 */
export function scriptCommand(name: string): string {
  let command = commands.get(name);
  if (command === undefined) {
    // escaped: the scripts' ${VAR:-} would otherwise be Terraform template syntax (and an error)
    command = escapeTerraformTemplate(fs.readFileSync(scriptPath(name), 'utf8'));
    commands.set(name, command);
  }
  return command;
}

/**
 * The URI `virsh` needs for the libvirt connection a provisioner script uses: the same as the
 * provider's, except that `qemu+sshcmd://` (the provider's name for "use the ssh binary") is
 * `qemu+ssh://` to virsh, which always uses the ssh binary.
 */
export function virshUri(uri: string): string {
  return uri.replace(/^qemu\+sshcmd:\/\//, 'qemu+ssh://');
}

/** How the provisioner scripts that run virsh reach a host: fields of their resource's `input`. */
export interface VirshConnection {
  /** virsh's URI ({@link virshUri}). */
  readonly uri: string;
  /** The known_hosts file of a qemu+ssh connection, when its URI names one. */
  readonly known_hosts?: string;
}

/**
 * What those scripts take of a connection URI: virsh's URI, and the known_hosts file that a
 * qemu+ssh URI names in `knownhosts` (`HostConnection.ssh({ knownHostsFile })`). The provider reads
 * that parameter; virsh's ssh transport has none, so the scripts hand the file to ssh themselves.
 */
export function virshConnection(uri: string): VirshConnection {
  const encoded = /^qemu\+ssh:\/\/[^?]*\?(?:[^#]*&)?knownhosts=([^&#]*)/.exec(uri)?.[1];
  if (encoded === undefined) return { uri: virshUri(uri) };
  let knownHosts: string;
  try {
    knownHosts = decodeURIComponent(encoded);
  } catch {
    knownHosts = encoded;
  }
  return { uri: virshUri(uri), known_hosts: knownHosts };
}

/** The environment those scripts read the connection from, out of their resource's `input` (a {@link VirshConnection}). */
export function virshEnvironment(connection: VirshConnection): Record<string, string> {
  return { LIBVIRT_URI: '${self.input.uri}', ...(connection.known_hosts !== undefined ? { SSH_KNOWN_HOSTS: '${self.input.known_hosts}' } : {}) };
}

/**
 * One of the package's shell scripts (`name`, such as `dns-host.sh`) as an asset of the stack of
 * `scope`: one copy beside the plan, however many resources run it through `${path.module}`.
 */
export function scriptAsset(scope: IConstruct, name: string): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const id = `cdktf-libvirt-${name.replace(/\.sh$/, '')}`;
  return (stack.node.tryFindChild(id) as TerraformAsset | undefined)
    ?? new TerraformAsset(stack, id, { path: scriptPath(name), type: AssetType.FILE });
}
