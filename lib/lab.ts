import { Lazy } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { IBaseImage } from './base-image';
import { LibvirtValidationError } from './errors';
import { Host, IHost, IStoragePool } from './host';
import { checkPlacement, CopyPlacer, Placement } from './placement';
import { formatIpv4, Ipv4Subnet, parseSubnet } from './private/ipv4';
import { identityOf, LabContext, qualify, setLabContext } from './private/lab-context';
import { attach, attached, hasMark, markAs } from './private/marks';
import { checkConstructRefs, checkUserAndKeys } from './private/machine-checks';
import { modelOf } from './private/model';
import { claimedOutput } from './private/outputs';
import { checkAbsolutePath, checkLiteralBoolean, checkLiteralInteger, checkProps, checkSingleString, checkUniqueId, fail, isToken } from './private/validate';
import { StoragePool } from './storage-pool';
import type { MachineDefaults } from './virtual-machine';

/** What a lab's members inherit, and how the lab names its libvirt objects. */
export interface LabProps {
  /**
   * The host the lab's members live on.
   * @default - inherited from the nearest parent that is or has a host
   */
  readonly host?: IHost;
  /**
   * Prefix of every libvirt object of the lab (`<prefix>-<name>`): domains, volumes, networks,
   * pools. Lowercase letters, digits and '-', at most 32 characters, so that prefixed names
   * stay within libvirt's and DNS's limits.
   * @default - the construct id, lowercased
   */
  readonly prefix?: string;
  /**
   * The pool of the members' volumes.
   * @default - a pool of the lab's own when `poolPath` is given, else the host's default pool
   */
  readonly pool?: IStoragePool;
  /**
   * Directory (on the host) of a pool that belongs to the lab and is removed with it (its volumes
   * with their machines, then the directory), unless `keepPool` is set.
   * @default - no pool of its own
   */
  readonly poolPath?: string;
  /**
   * Keep the lab's own pool directory when the lab is destroyed. It may be changed on a deployed
   * lab at any time before destroy; the value at destroy decides. A directory that still holds files
   * other than the lab's volumes is always kept.
   * @default false
   */
  readonly keepPool?: boolean;
  /**
   * The image of members that name none.
   * @default - none: every machine must name its image
   */
  readonly image?: IBaseImage;
  /**
   * Public SSH keys of the login user of every member that gives none.
   * @default - none
   */
  readonly sshAuthorizedKeys?: string[];
  /**
   * The login user of members that name none.
   * @default - the image's login user
   */
  readonly loginUser?: string;
  /**
   * An IPv4 range that the lab's networks take their subnets from with `lab.subnet(index)`. Stamped
   * copies of a lab each get their own block of a larger range.
   * @default - none: networks give their cidr themselves
   */
  readonly addressSpace?: string;
}

/**
 * The root of a lab in a stack: a name prefix for every libvirt object inside it, defaults that
 * its members inherit (host, pool, image, SSH keys, login user), an address space to carve
 * subnets from, and one Terraform output with the planned addresses of its machines.
 *
 * Everything of a lab is a Terraform resource of the stack, so `cdktf destroy` removes all of it:
 * domains, volumes, networks, DNS registrations, and the lab's own pool unless `keepPool` is set.
 */
export class Lab extends Construct {
  /** Whether `x` is a Lab. */
  public static isLab(x: unknown): x is Lab {
    return hasMark(x, 'Lab');
  }

  /** The nearest lab that `scope` is inside (not counting `scope` itself), if any. */
  public static of(scope: IConstruct): Lab | undefined {
    for (let s = scope.node.scope; s; s = s.node.scope) {
      if (Lab.isLab(s)) return s;
    }
    return undefined;
  }

  /** `name` with the prefix of the lab that `scope` is in (unchanged outside labs). */
  public static qualify(scope: IConstruct, name: string): string {
    return qualify(scope, name);
  }

  /**
   * The identity of `scope` used for its addresses: its construct path inside its lab (or stack).
   * Stamped copies of a lab therefore give each machine the same host part in every copy.
   */
  public static identityOf(scope: IConstruct): string {
    return identityOf(scope);
  }

  /** The prefix of the lab's libvirt objects. */
  public readonly prefix: string;
  /** The host of its members: the one given, else its parent lab's, else the one it inherits from a parent construct. */
  public readonly host?: IHost;
  /** The pool of its members' volumes: the one given or its own (`poolPath`), else its parent lab's. */
  public readonly pool?: IStoragePool;
  /** The image of members that name none: the one given, else its parent lab's. */
  public readonly image?: IBaseImage;
  /** Public SSH keys of its members' login user: the ones given, else its parent lab's. */
  public readonly sshAuthorizedKeys?: string[];
  /** The login user of members that name none: the one given, else its parent lab's. */
  public readonly loginUser?: string;
  /** The address space its subnets are carved from, normalised. */
  public readonly addressSpace?: string;
  private readonly space?: Ipv4Subnet;
  private readonly machines: Array<{ name: string; addresses: () => string[] }> = [];

  constructor(scope: Construct, id: string, props: LabProps = {}) {
    checkUniqueId(scope, id, 'Lab');
    super(scope, id);
    markAs(this, 'Lab');
    checkProps<LabProps>(this, 'Lab', props, LAB_PROPS);
    checkConstructRefs(this, props);
    checkUserAndKeys(this, props.loginUser, props.sshAuthorizedKeys);
    checkLiteralBoolean(this, 'keepPool', props.keepPool);
    const own = props.prefix ?? id.toLowerCase();
    if (isToken(own) || typeof own !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/.test(own)) {
      fail(this, 'prefix must be a short lowercase name', own,
        "use 1 to 32 lowercase letters, digits or '-', not starting or ending with '-' (for example 'lab1')");
    }
    this.prefix = Lab.qualify(this, own);
    // set before the lab's own pool is created, which takes the prefix from it
    const lab = this;
    const context: LabContext<MachineDefaults> = {
      path: this.node.path,
      prefix: this.prefix,
      depth: this.node.scopes.length,
      defaults: {
        get pool() { return lab.pool; },
        get image() { return lab.image; },
        get sshAuthorizedKeys() { return lab.sshAuthorizedKeys; },
        get loginUser() { return lab.loginUser; },
      },
      get addressSpace() { return lab.space; },
      registerMachine: (name, addresses) => this.machines.push({ name, addresses }),
    };
    setLabContext(this, context);
    const parent = Lab.of(this);
    this.host = props.host ?? parent?.host ?? tryResolveHost(this);
    this.image = props.image ?? parent?.image;
    this.sshAuthorizedKeys = props.sshAuthorizedKeys ?? parent?.sshAuthorizedKeys;
    this.loginUser = props.loginUser ?? parent?.loginUser;
    checkAbsolutePath(this, 'poolPath', props.poolPath);
    if (props.pool !== undefined && props.poolPath !== undefined) {
      fail(this, 'pool and poolPath are both given', props.poolPath, 'give the pool to use, or the directory of a pool the lab creates, not both');
    }
    if (props.keepPool !== undefined && props.poolPath === undefined) {
      fail(this, 'keepPool only applies to a pool the lab creates', props.keepPool, 'set poolPath as well, or remove keepPool');
    }
    if (props.poolPath !== undefined) {
      if (!this.host) fail(this, 'a lab pool needs a host', props.poolPath, 'pass host, or create the lab inside a Host');
      this.pool = new StoragePool(this, 'pool', { host: this.host, path: props.poolPath, deleteOnDestroy: !(props.keepPool ?? false) });
    } else {
      this.pool = props.pool ?? parent?.pool;
    }
    if (props.addressSpace !== undefined) {
      const space = isToken(props.addressSpace) ? 'is a token' : parseSubnet(props.addressSpace);
      if (typeof space === 'string') {
        fail(this, `addressSpace ${space}`, props.addressSpace, "give a literal IPv4 range in CIDR form, such as '10.100.0.0/16'");
      }
      this.space = space;
      this.addressSpace = space.cidr;
    }

    modelOf(this).labs.push(() => ({ path: this.node.path, prefix: this.prefix, ...(this.addressSpace ? { addressSpace: this.addressSpace } : {}) }));

    claimedOutput(this, 'Addresses', `${this.prefix}_addresses`, "the lab's prefix", {
      description: `planned IPv4 addresses of the machines of lab ${this.prefix}, by machine name`,
      value: Lazy.anyValue({
        produce: () => Object.fromEntries(this.machines.map((m) => [m.name, m.addresses()])),
      }),
    });
  }

  /**
   * The `index`-th subnet of `prefixLength` bits (24 when not given) carved from the lab's address
   * space (0-based): `subnet(0)` of `10.100.0.0/16` is `10.100.0.0/24`, `subnet(1)` is
   * `10.100.1.0/24`. Indexes are yours to choose, so adding a network never moves another one.
   */
  public subnet(index: number, prefixLength?: number): string {
    if (!this.space) fail(this, 'the lab has no addressSpace to carve subnets from', undefined, "set addressSpace, such as '10.100.0.0/16'");
    if (index === undefined) fail(this, 'subnet() needs the index of the subnet', index, 'call lab.subnet(0) for the first subnet, lab.subnet(1) for the next');
    if (prefixLength === undefined) {
      if (this.space.prefix > DEFAULT_SUBNET_PREFIX) this.failDefaultPrefix(index, this.space);
      prefixLength = DEFAULT_SUBNET_PREFIX;
    }
    checkLiteralInteger(this, 'subnet prefixLength', prefixLength, this.space.prefix, 30,
      `give a prefix length from ${this.space.prefix} to 30 (the address space is ${this.space.cidr})`);
    const count = 2 ** (prefixLength - this.space.prefix);
    checkLiteralInteger(this, `subnet index (for /${prefixLength})`, index, 0, count - 1,
      `${this.space.cidr} holds ${count} subnets of /${prefixLength}: use an index from 0 to ${count - 1}, or a longer prefix`);
    return `${formatIpv4(this.space.first + index * 2 ** (32 - prefixLength))}/${prefixLength}`;
  }

  /** `subnet(index)` without a prefix length, in a space smaller than the default /24: says so, and what the stamped labs it is a copy of can change. */
  private failDefaultPrefix(index: number, space: Ipv4Subnet): never {
    const problem = `subnet(${index}) takes the default prefix length /${DEFAULT_SUBNET_PREFIX}, which does not fit in `;
    const fix = `pass a prefix length from ${space.prefix} to 30, such as lab.subnet(${index}, ${space.prefix})`;
    const stamped = this.node.scope!;
    const blocks = attached<StampedBlocks>(stamped, STAMPED_BLOCKS);
    if (blocks === undefined) {
      fail(this, `${problem}the lab's address space ${space.cidr}`, undefined, `${fix}, or give the lab a larger addressSpace`);
    }
    const { supernet, maxCopies, copies, copyPrefixLength, maxCopiesGiven } = blocks;
    const bits = Math.ceil(Math.log2(maxCopies));
    const fits = supernet.prefix > DEFAULT_SUBNET_PREFIX ? 0 : 2 ** (DEFAULT_SUBNET_PREFIX - supernet.prefix);
    const larger = `a larger addressSpace (a /${DEFAULT_SUBNET_PREFIX - bits} holds ${maxCopies} copies of a /${DEFAULT_SUBNET_PREFIX})`;
    const options = copyPrefixLength === undefined
      ? [larger, ...(fits >= copies ? [`maxCopies ${fits} or fewer`] : [])]
      : [`copyPrefixLength ${DEFAULT_SUBNET_PREFIX}${fits >= maxCopies ? '' : ` and ${larger}`}`];
    return fail(this, `${problem}this copy's block ${space.cidr}: ${stamped.node.path} splits its addressSpace ${supernet.cidr} into blocks of /${space.prefix}`
      + (copyPrefixLength === undefined ? `, one for each of maxCopies ${maxCopies}${maxCopiesGiven ? '' : ' (the default)'}` : ' (its copyPrefixLength)')
      + `, and ${supernet.cidr} holds ${fits} blocks of /${DEFAULT_SUBNET_PREFIX}`, undefined, `${fix}; or give ${stamped.node.path} ${options.join(', or ')}`);
  }
}

/** The prefix length of `lab.subnet(index)` when none is given. */
const DEFAULT_SUBNET_PREFIX = 24;

const LAB_PROPS: Record<keyof LabProps, true> = {
  host: true, prefix: true, pool: true, poolPath: true, keepPool: true, image: true, sshAuthorizedKeys: true, loginUser: true, addressSpace: true,
};

function tryResolveHost(scope: IConstruct): IHost | undefined {
  try {
    return Host.resolve(scope);
  } catch {
    return undefined;
  }
}

/** Builds the content of one copy of a stamped lab. */
export interface ILabTemplate {
  /** Adds the copy's networks and machines to `lab` (copy is 0-based). */
  define(lab: Lab, copy: number): void;
}

/** Props of {@link StampedLabs}. */
export interface StampedLabsProps extends Omit<LabProps, 'addressSpace' | 'poolPath' | 'keepPool'> {
  /** How many copies (1 to `maxCopies`). */
  readonly copies: number;
  /**
   * The most copies the class will ever have. It fixes the width of the copy numbers and the size of
   * every copy's block of the address space, so that growing or shrinking the class never changes
   * another copy (its prefix, subnets, networks and machines). Changing it moves every copy.
   * @default 99: two-digit numbers (`-01` to `-99`), and 128 blocks (a /16 gives each copy a /23)
   */
  readonly maxCopies?: number;
  /**
   * The range the copies' address spaces are carved from, one equal block per copy, in copy order.
   * Inside a copy, `lab.subnet(i)` carves from its block.
   */
  readonly addressSpace: string;
  /**
   * Prefix length of each copy's block.
   * @default - the largest blocks that give `maxCopies` copies one each (a /16 for 99 copies: /23 blocks)
   */
  readonly copyPrefixLength?: number;
  /** What each copy contains. */
  readonly template: ILabTemplate;
  /**
   * The hosts the copies run on, and how they are spread over them; not with `host` or `pool`
   * (each copy then uses its host's default pool).
   * @default - every copy on `host` (or the host the StampedLabs is in)
   */
  readonly placement?: Placement;
}

/**
 * N isolated copies of one lab definition (a class of students, parallel CI runs): each copy is a
 * {@link Lab} with its own prefix (`<prefix>-01`, `<prefix>-02`, ...), its own block of the address
 * space (so their subnets never overlap), and its own `<prefix>_addresses` output. Copies share
 * the pool, so a base image is uploaded once for all of them.
 */
export class StampedLabs extends Construct {
  /** The copies, in order. */
  public readonly copies: Lab[];

  constructor(scope: Construct, id: string, props: StampedLabsProps) {
    checkUniqueId(scope, id, 'StampedLabs');
    super(scope, id);
    checkProps<StampedLabsProps>(this, 'StampedLabs', props, STAMPED_PROPS, true);
    checkConstructRefs(this, props);
    checkUserAndKeys(this, props.loginUser, props.sshAuthorizedKeys);
    checkPlacement(this, props.placement, props);
    checkLiteralInteger(this, 'maxCopies', props.maxCopies, 1, 999);
    const maxCopies = props.maxCopies ?? 99;
    checkLiteralInteger(this, 'copies', props.copies, 1, maxCopies,
      `set copies to a whole number from 1 to ${maxCopies}${maxCopies < 999 ? `, or raise maxCopies (up to 999; that moves every copy to a new block)` : ''}`);
    if (typeof props.template === 'function') {
      fail(this, 'template is a function, not an object with a define(lab, copy) method', 'a function', 'wrap it: template: { define: yourFunction }');
    }
    if (typeof props.template?.define !== 'function') {
      fail(this, 'template has no define(lab, copy) method', props.template, 'pass an object such as { define: (lab, copy) => { ... } } that adds each copy\'s networks and machines to lab');
    }
    const space = isToken(props.addressSpace) ? 'is a token' : parseSubnet(props.addressSpace);
    if (typeof space === 'string') {
      fail(this, `addressSpace ${space}`, props.addressSpace, "give a literal IPv4 range in CIDR form, such as '10.100.0.0/16'");
    }
    // sized for maxCopies, not for copies: a class that grows keeps every copy where it was
    const bits = Math.ceil(Math.log2(maxCopies));
    const blockPrefix = props.copyPrefixLength ?? space.prefix + bits;
    checkLiteralInteger(this, 'copyPrefixLength', props.copyPrefixLength, space.prefix, 30);
    const fits30 = 2 ** (30 - space.prefix);
    const fewer = `a smaller maxCopies (${fits30 >= props.copies ? `from ${props.copies} to ${fits30}` : `at least ${props.copies}`})`;
    if (blockPrefix > 30) {
      fail(this, `${space.cidr} is too small for ${maxCopies} copies (maxCopies${props.maxCopies === undefined ? ', by default,' : ''} is ${maxCopies}): `
        + `each would get less than a /30, and it holds ${fits30} copies of a /30`, props.addressSpace,
      `give a larger addressSpace (a /${30 - bits} holds ${maxCopies} copies of a /30), or ${fewer}`);
    }
    if (2 ** (blockPrefix - space.prefix) < maxCopies) {
      fail(this, `${space.cidr} cannot hold ${maxCopies} blocks of /${blockPrefix} (one for each of maxCopies ${maxCopies}): it holds ${2 ** (blockPrefix - space.prefix)}`,
        props.addressSpace, `give a larger addressSpace, or a smaller maxCopies (at least ${props.copies}), or a longer copyPrefixLength (/${space.prefix + bits} or longer)`);
    }
    attach(this, STAMPED_BLOCKS, { supernet: space, maxCopies, copies: props.copies, copyPrefixLength: props.copyPrefixLength, maxCopiesGiven: props.maxCopies !== undefined });
    const prefix = props.prefix ?? id.toLowerCase();
    // each copy's lab checks its whole prefix; this one only goes into theirs
    checkSingleString(this, 'prefix', prefix, "give a short lowercase name, such as 'class' (the copies are class-01, class-02, ...)");
    const width = Math.max(2, String(maxCopies).length);
    const { copies: _c, maxCopies: _m, addressSpace: _a, copyPrefixLength: _p, template, prefix: _x, placement, ...shared } = props;
    this.copies = [];
    const placer = placement === undefined ? undefined : new CopyPlacer(this, placement);
    for (let i = 0; i < props.copies; i++) {
      const n = String(i + 1).padStart(width, '0');
      const block = `${formatIpv4(space.first + i * 2 ** (32 - blockPrefix))}/${blockPrefix}`;
      const lab = new Lab(this, n, { ...shared, ...(placer !== undefined ? { host: placer.next(this.copies, n) } : {}), prefix: `${prefix}-${n}`, addressSpace: block });
      try {
        template.define(lab, i);
      } catch (e) {
        throw inCopy(lab, n, i, e);
      }
      this.copies.push(lab);
    }
  }
}

/** How stamped labs split their address space, for the messages of their copies' `subnet()`. */
interface StampedBlocks {
  readonly supernet: Ipv4Subnet;
  readonly maxCopies: number;
  readonly copies: number;
  readonly copyPrefixLength?: number;
  readonly maxCopiesGiven: boolean;
}

/** The key of a StampedLabs' blocks, on the StampedLabs: read by the copies of another copy of this library too. */
const STAMPED_BLOCKS = 'StampedLabs.blocks';

const STAMPED_PROPS: Record<keyof StampedLabsProps, true> = {
  copies: true, addressSpace: true, template: true, host: true, prefix: true, pool: true, image: true, sshAuthorizedKeys: true, loginUser: true,
  maxCopies: true, copyPrefixLength: true, placement: true,
};

/**
 * The error a template threw while defining copy `n` (index `index`), said so that it names the
 * copy: a check of a construct inside the copy names it already; one of a construct outside it (the
 * template created something elsewhere, once per copy) gets the copy added; anything else the
 * template threw is its own error, reported with the copy's path.
 */
function inCopy(lab: Lab, n: string, index: number, e: unknown): unknown {
  if (LibvirtValidationError.isLibvirtValidationError(e)) {
    if (e.constructPath === lab.node.path || e.constructPath.startsWith(`${lab.node.path}/`)) return e;
    // the message is "<path>: <problem> (got <value>); <fix>": the problem without its value
    const head = e.message.startsWith(`${e.constructPath}: `) && e.message.endsWith(`; ${e.fix}`)
      ? e.message.slice(e.constructPath.length + 2, e.message.length - e.fix.length - 2) : undefined;
    const problem = head?.slice(0, Math.max(0, head.lastIndexOf(' (got '))) || head || e.message;
    return new LibvirtValidationError(e.constructPath, `${problem}, while the template defined copy ${n} (${lab.node.path})`, e.value,
      `${e.fix}; and let the template create each copy's constructs inside the lab it is given, so that copies do not collide`);
  }
  const error = e instanceof Error ? e : new Error(String(e));
  const wrapped = new LibvirtValidationError(lab.node.path, `the template's define(lab, ${index}) threw ${/^[AEIOU]/.test(error.name) ? 'an' : 'a'} ${error.name} while defining copy ${n}`,
    error.message, 'fix the template: the error comes from its own code (its stack is in this error\'s cause)');
  (wrapped as Error).cause = e;
  return wrapped;
}
