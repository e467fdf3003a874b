import { posix } from 'path';
import { IConstruct } from 'constructs';
import { registryOf } from './registry';
import { fail, isToken } from './validate';

/**
 * Pool names are unique per host: a pool this stack creates may not share its name with one it
 * refers to (an existing pool); several references to the same existing pool are fine. Kept in the
 * stack's registry, by host name.
 */

/** The construct of the pool this stack creates on host `hostName` under `name`, if any. */
export function createdPool(scope: IConstruct, hostName: string, name: string): IConstruct | undefined {
  return registryOf(scope).holder(`pool:${hostName}:${name}`);
}

/** Claims pool `name` on host `hostName` for `owner`: a pool it creates, or (`existing`) a reference to one that exists. */
export function claimPoolName(owner: IConstruct, hostName: string, name: string, existing: boolean): void {
  const registry = registryOf(owner);
  if (existing) {
    const created = createdPool(owner, hostName, name);
    if (created) {
      fail(owner, `this stack creates pool ${name} on host ${hostName} itself (${created.node.path})`, name,
        'use that StoragePool construct instead of StoragePool.fromName');
    }
    registry.claimIn(owner, `pool-ref:${hostName}:${name}:`, owner.node.path, 'the pool reference', name, 'refer to it once per construct');
    return;
  }
  const referred = registry.first(`pool-ref:${hostName}:${name}:`);
  if (referred) {
    fail(owner, `pool ${name} already exists on host ${hostName} (referred to by ${referred.node.path})`, name,
      'give the new pool another name, or use the existing one');
  }
  registry.claim(owner, `pool:${hostName}:${name}`, 'the pool name', name,
    'give each pool on a host its own name, or refer to the existing pool with StoragePool.fromName()');
}

/**
 * Claims directory `path` on host `hostName` for the pool `owner` creates: two pools on one
 * directory would each list the other's volumes as its own, and the one destroyed first could take
 * the directory with it. Paths that name one directory (`/srv/images/`, `/srv//images`) are one.
 */
export function claimPoolPath(owner: IConstruct, hostName: string, path: string): void {
  if (isToken(path)) return;
  const directory = posix.normalize(path).replace(/(.)\/+$/, '$1');
  registryOf(owner).claim(owner, `pool-path:${hostName}:${directory}`, `the pool directory ${directory}`, path,
    'give each pool on a host its own directory, or refer to the existing pool with StoragePool.fromName()');
}
