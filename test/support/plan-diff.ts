/**
 * Comparing two syntheses of a stack the way terraform and provider 0.9.7 would see the change
 * between them, without either: which resources change, and which of those changes provider 0.9.7
 * could not apply because terraform would plan an in-place update.
 *
 * Provider 0.9.7's update rules (its source, NOTES §2.5 and §2.10):
 * - `libvirt_domain`: every in-place update of a running domain fails ("inconsistent result: .id");
 *   `name` and `type` force replacement;
 * - `libvirt_network`: only `autostart` is updated in place; `name` forces replacement;
 * - `libvirt_pool`: no update at all; `name` and `type` force replacement;
 * - `libvirt_volume`: no update at all; `name` and `pool` force replacement (`create` does not,
 *   before the commit after 0.9.7);
 * - `libvirt_cloudinit_disk`: every attribute forces replacement;
 * - `terraform_data`: `input` is updated in place, `triggers_replace` replaces it.
 * A change that forces replacement, or a `replace_triggered_by` entry that fires, plans a
 * replacement instead of an update. Attributes in `lifecycle.ignore_changes` are not compared.
 */

/** A resource of a synthesized stack, by `type.name`. */
export type Resources = Map<string, Record<string, any>>;

/** Every managed resource of a cdk.tf.json, by `type.name`. */
export function resourcesOf(json: any): Resources {
  const out: Resources = new Map();
  for (const [type, byKey] of Object.entries<any>(json.resource ?? {})) {
    for (const [key, value] of Object.entries<any>(byKey)) out.set(`${type}.${key}`, value);
  }
  return out;
}

const META = new Set(['//', 'lifecycle', 'depends_on', 'provider', 'provisioner', 'connection', 'count', 'for_each']);

/** Provider attributes that force replacement, and those updated in place without trouble, per type. */
const RULES: Record<string, { forceNew: string[] | 'all'; updatable: string[] }> = {
  libvirt_domain: { forceNew: ['name', 'type'], updatable: [] },
  libvirt_network: { forceNew: ['name'], updatable: ['autostart'] },
  libvirt_pool: { forceNew: ['name', 'type'], updatable: [] },
  libvirt_volume: { forceNew: ['name', 'pool'], updatable: [] },
  libvirt_cloudinit_disk: { forceNew: 'all', updatable: [] },
  terraform_data: { forceNew: ['triggers_replace'], updatable: ['input'] },
  random_password: { forceNew: 'all', updatable: [] },
};

/**
 * The key set of a `for_each = "${toset([...])}"` of resource pins, as terraform would evaluate it:
 * a pin's `input.image` is its value before the change when the pin existed then (pins ignore
 * changes of their input), else its new value.
 */
export function forEachKeys(expression: unknown, before: Resources, after: Resources): string[] | undefined {
  if (typeof expression !== 'string') return undefined;
  const m = /^\$\{toset\(\[(.*)\]\)\}$/.exec(expression);
  if (!m) return undefined;
  const keys = m[1].split(',').map((item) => item.trim()).filter(Boolean).map((item) => {
    const literal = /^"([^"]*)"$/.exec(item);
    if (literal) return literal[1];
    const pin = /^(terraform_data\.[^.]+)\.input\.image$/.exec(item);
    if (!pin) throw new Error(`for_each item ${item} is neither a literal nor an image pin`);
    const source = before.get(pin[1]) ?? after.get(pin[1]);
    if (!source) throw new Error(`for_each names ${pin[1]}, which is not in the stack`);
    return String(source.input.image);
  });
  return [...new Set(keys)].sort();
}

/** Top-level provider attributes of a resource that differ between two versions, ignored ones left out. */
function changedAttributes(a: Record<string, any>, b: Record<string, any>): string[] {
  const ignored = new Set<string>([...(b.lifecycle?.ignore_changes ?? [])]);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !META.has(k) && !ignored.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

/** What terraform would plan for the resources in both versions: changed attributes, and whether they are replaced. */
export interface PlannedChange {
  readonly address: string;
  readonly attributes: string[];
  readonly replaced: boolean;
  /** Why it is replaced: a forced attribute or a trigger. */
  readonly because?: string;
  /** For a resource with for_each: the keys of instances created and destroyed (not updates). */
  readonly addedKeys?: string[];
  readonly removedKeys?: string[];
}

/** Attributes the provider computes: a reference to one of a replaced resource is unknown at plan. */
const COMPUTED = ['id', 'uuid', 'path', 'key'];

/**
 * The changes terraform would plan between two syntheses for the resources present in both (the
 * created and destroyed ones are simply new or gone): attributes that change, and whether the
 * resource is replaced (a force-new attribute, or a `replace_triggered_by` entry whose resource is
 * updated or replaced, or whose `.id` changes because it is replaced), propagated until nothing more
 * changes. A for_each of image pins is compared by its evaluated key set.
 */
export function plannedChanges(beforeJson: any, afterJson: any): PlannedChange[] {
  const before = resourcesOf(beforeJson);
  const after = resourcesOf(afterJson);
  const changes = new Map<string, { attributes: string[]; replaced: boolean; because?: string; addedKeys?: string[]; removedKeys?: string[] }>();
  for (const [address, b] of after) {
    const a = before.get(address);
    if (!a) continue;
    const attributes = changedAttributes(a, b);
    const keysA = forEachKeys(a.for_each, before, after);
    const keysB = forEachKeys(b.for_each, before, after);
    let instances = {};
    if (keysA && keysB) {
      instances = { addedKeys: keysB.filter((k) => !keysA.includes(k)), removedKeys: keysA.filter((k) => !keysB.includes(k)) };
    } else if (JSON.stringify(a.for_each) !== JSON.stringify(b.for_each)) {
      attributes.push('for_each');
    }
    const type = address.split('.')[0];
    const rule = RULES[type];
    const forced = rule && (rule.forceNew === 'all' ? attributes : attributes.filter((x) => (rule.forceNew as string[]).includes(x)));
    changes.set(address, { attributes, replaced: (forced?.length ?? 0) > 0, because: forced?.length ? `${forced.join(', ')} forces replacement` : undefined, ...instances });
  }
  // replacements spread: through replace_triggered_by, and through references to what a replaced
  // resource computes (unknown at plan: a replacement where it forces one, else an update)
  for (let again = true; again;) {
    again = false;
    for (const [address, b] of after) {
      const change = changes.get(address);
      if (!change || change.replaced) continue;
      const rule = RULES[address.split('.')[0]];
      for (const [attribute, value] of Object.entries(b)) {
        if (META.has(attribute) || (b.lifecycle?.ignore_changes ?? []).includes(attribute)) continue;
        const text = JSON.stringify(value);
        const hit = [...changes].find(([other, c]) => c.replaced && COMPUTED.some((x) => text.includes(`\${${other}.${x}}`)));
        if (!hit) continue;
        if (!change.attributes.includes(attribute)) { change.attributes.push(attribute); change.attributes.sort(); again = true; }
        if (rule && (rule.forceNew === 'all' || rule.forceNew.includes(attribute))) {
          change.replaced = true;
          change.because = `${attribute} refers to ${hit[0]}, which is replaced`;
          again = true;
        }
      }
      if (change.replaced) continue;
      for (const trigger of (b.lifecycle?.replace_triggered_by ?? []) as string[]) {
        const [type, name, attribute] = trigger.split('.');
        const target = changes.get(`${type}.${name}`);
        if (!target) continue;
        const fires = attribute === 'id' ? target.replaced : target.replaced || target.attributes.length > 0;
        if (fires) {
          change.replaced = true;
          change.because = `replace_triggered_by ${trigger}`;
          again = true;
          break;
        }
      }
    }
  }
  return [...changes].filter(([, c]) => c.attributes.length > 0 || c.replaced || (c.addedKeys?.length ?? 0) > 0 || (c.removedKeys?.length ?? 0) > 0)
    .map(([address, c]) => ({
      address, attributes: c.attributes, replaced: c.replaced, ...(c.because ? { because: c.because } : {}),
      ...(c.addedKeys ? { addedKeys: c.addedKeys, removedKeys: c.removedKeys } : {}),
    }))
    .sort((x, y) => x.address.localeCompare(y.address));
}

/**
 * The in-place updates between two syntheses that provider 0.9.7 cannot apply, one line each: a
 * domain, network (beyond `autostart`), pool or volume whose attributes change without the resource
 * being replaced. Empty when every change is a replacement, a creation, a removal or an update the
 * provider does apply.
 */
export function unsafeInPlaceUpdates(beforeJson: any, afterJson: any): string[] {
  const out: string[] = [];
  for (const c of plannedChanges(beforeJson, afterJson)) {
    if (c.replaced || c.attributes.length === 0) continue;
    const type = c.address.split('.')[0];
    const rule = RULES[type];
    if (!rule) {
      out.push(`${c.address}: ${c.attributes.join(', ')} change, and the checker knows no update rule for ${type}`);
      continue;
    }
    const unsafe = c.attributes.filter((x) => !rule.updatable.includes(x));
    if (unsafe.length > 0) out.push(`${c.address}: ${unsafe.join(', ')} would be updated in place, which provider 0.9.7 cannot do`);
  }
  return out;
}

/** Resources present in both stacks whose attributes differ (a for_each of image pins compared by its key set). */
export function changedBetween(a: any, b: any): string[] {
  return plannedChanges(a, b).filter((c) => c.attributes.length > 0).map((c) => c.address);
}
