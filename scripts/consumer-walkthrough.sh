#!/usr/bin/env bash
# consumer-walkthrough.sh: follows the README's "Use it in your project" from an empty folder, the way
# a user of the published package would, with the packed library (and the packed example lab
# package) in place of the npm registry:
#
#   1. npm pack the library (prepack builds it) and copy examples/lab-package out of the repository
#   2. in an empty folder: the README's install lines, verbatim but for the tarball
#   3. main.ts, cdktf.json and tsconfig.json, written from the README's code blocks (each block is
#      marked `<!-- consumer-walkthrough: NAME -->`, so the README cannot drift from what runs here)
#   4. npx tsc --noEmit under the README's tsconfig (strict; skipLibCheck false, the library's
#      declarations included)
#   5. the README's commands: the app command of cdktf.json, the preflight, and in the stack's folder
#      terraform init (from the provider mirror in ../shared, offline) and terraform validate instead
#      of terraform apply; checks the plan's resources, its required_providers and the providers
#      terraform installed
#   6. a K3sCluster adds hashicorp/random (what the README says terraform init then fetches)
#   7. the lab package: its devDependencies, npm pack (prepack: tsc to JS and .d.ts, strict,
#      skipLibCheck false and no @types/node); installed into the app, used as the README says,
#      type-checked, synthesized, preflighted, terraform init + validate
#
# Needs node 20+ and npm (the installs use the npm registry), terraform, and the project's shared/
# folder beside the repository (../shared, as .ci/run). Never runs terraform apply: nothing touches
# libvirt. Exit status 0 when every step passed; the first failure stops it with a FAIL line.
# CONSUMER_WALKTHROUGH_KEEP=1 keeps the scratch folder (a failed run always keeps it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
readme=$root/README.md
shared=$root/../shared
export SSH_PUBLIC_KEY='ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx me@laptop'
# quiet npm (the commands stay the README's), and nothing from the caller's terraform setup
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
unset TF_PLUGIN_CACHE_DIR TF_DATA_DIR TF_WORKSPACE

step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }
ok() { printf 'ok: %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }
show() { printf '$ %s\n' "$*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/consumer-walkthrough.XXXXXX")
finish() {
  local status=$?
  if [ "$status" -ne 0 ] || [ "${CONSUMER_WALKTHROUGH_KEEP:-}" = 1 ]; then
    echo "consumer-walkthrough: scratch folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
  if [ "$status" -eq 0 ]; then echo "consumer-walkthrough: passed (${SECONDS}s)"; else echo "consumer-walkthrough: FAILED (${SECONDS}s)" >&2; fi
}
trap finish EXIT

# block NAME: the content of the README's code block marked <!-- consumer-walkthrough: NAME -->
block() {
  node - "$readme" "$1" <<'EOF'
const fs = require('fs');
const [file, name] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').split('\n');
const marker = `<!-- consumer-walkthrough: ${name} -->`;
const at = lines.flatMap((l, i) => (l.trim() === marker ? [i] : []));
if (at.length !== 1) { console.error(`README.md has ${at.length} code blocks marked "${marker}", expected 1`); process.exit(1); }
const open = at[0] + 1;
if (!/^```/.test(lines[open] ?? '')) { console.error(`README.md line ${open + 1}: "${marker}" is not followed by a code block`); process.exit(1); }
const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
if (close < 0) { console.error(`README.md: the code block after "${marker}" is not closed`); process.exit(1); }
process.stdout.write(lines.slice(open + 1, close).join('\n') + '\n');
EOF
}

# commands NAME: the command lines of a shell block, one a line, without comments and blank lines;
# call it as `x=$(commands NAME) || exit 1`, so that a missing block stops the walkthrough
commands() {
  local text
  text=$(block "$1") || return 1
  text=$(printf '%s\n' "$text" | sed -E 's/[[:space:]]+#.*$//; s/^[[:space:]]+//; s/[[:space:]]+$//' | grep -v -e '^#' -e '^$') ||
    { echo "README.md: the code block \"$1\" has no command" >&2; return 1; }
  printf '%s\n' "$text"
}

# run_line LINE: runs one command line of the README, with the registry names of the packed
# packages replaced by their tarballs (whole words only)
run_line() {
  local line=$1 actual
  actual=$(printf '%s\n' "$line" | sed -E \
    -e "s#(^| )cdktf-libvirt( |\$)#\\1$lib_tgz\\2#g" \
    -e "s#(^| )@example/web-lab( |\$)#\\1${lab_tgz:-@example/web-lab}\\2#g")
  show "$line"
  [ "$actual" = "$line" ] || printf '  (run as: %s)\n' "$actual"
  bash -c "$actual" </dev/null || fail "the README's command failed: $line"
}

# json FILE EXPRESSION: evaluates a JavaScript expression over the parsed JSON file `j`; prints it
json() {
  node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const v = eval(process.argv[2]); console.log(typeof v === "string" ? v : JSON.stringify(v));' "$1" "$2"
}

# check_plan STACK_DIR EXPECTED_JS: runs checks over cdk.tf.json (`j`); EXPECTED_JS returns a list of problems
check_plan() {
  local problems
  problems=$(json "$1/cdk.tf.json" "$2")
  [ "$problems" = "[]" ] || fail "$1/cdk.tf.json: $problems"
}

# tf_init_validate STACK_DIR PROVIDERS: terraform init from the mirror, then validate; checks that
# exactly PROVIDERS ("source=version ...", sorted) were installed
tf_init_validate() {
  local dir=$1 want=$2 got
  show "cd ${dir#"$app"/} && terraform init"
  (cd "$dir" && terraform init -input=false -no-color >"$work/tf-init.log" 2>&1) || { cat "$work/tf-init.log"; fail "terraform init failed in $dir"; }
  grep -E '^- Installing|^- Installed|^- Using' "$work/tf-init.log" || true
  got=$(cd "$dir" && terraform version -json | node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(Object.entries(v.provider_selections).map(([s, n]) => `${s.replace(/^registry\.terraform\.io\//, "")}=${n}`).sort().join(" "))')
  [ "$got" = "$want" ] || fail "terraform init installed [$got], the README says [$want]"
  ok "terraform init installed exactly: $got"
  show "terraform validate   # instead of terraform apply: no libvirt here"
  (cd "$dir" && terraform validate -no-color) || fail "terraform validate failed in $dir"
}

# preflight STACK_DIR: the README's preflight command; every check passes (a missing tool only skips its check)
preflight() {
  local cmd="npx cdktf-libvirt preflight $1"
  show "$cmd"
  (cd "$app" && $cmd >"$work/preflight.log" 2>&1) || { cat "$work/preflight.log"; fail "the preflight failed: $cmd"; }
  grep -v '^note ' "$work/preflight.log"
  printf '(%s notes: values known only at apply)\n' "$(grep -c '^note ' "$work/preflight.log" || true)"
  (cd "$app" && npx cdktf-libvirt preflight "$1" --json) >"$work/preflight.json" || fail "the preflight --json failed"
  json "$work/preflight.json" 'j.skipped.length ? "skipped: " + j.skipped.map((s) => `${s.check} (${s.tool} missing: Debian ${s.debianPackages.join(", ")})`).join("; ") : "no check skipped"'
}

step "prerequisites"
node -e 'if (+process.versions.node.split(".")[0] < 20) { console.error(`node ${process.version}: the README asks for 20 or later`); process.exit(1); }'
[ -x "$shared/tools/terraform-offline.sh" ] || fail "no provider mirror: $shared/tools/terraform-offline.sh is missing (the project's shared/ folder beside the repository)"
tfrc=$("$shared/tools/terraform-offline.sh" "$work/terraform-offline.tfrc")
export TF_CLI_CONFIG_FILE=$tfrc CHECKPOINT_DISABLE=1
command -v terraform >/dev/null || fail "terraform is not on the PATH"
echo "node $(node -v), npm $(npm -v), $(terraform version | head -1)"
ok "terraform installs providers only from $(cd "$shared/terraform-providers" && pwd)"
# the provider pins, from the library: what the plan, terraform and the README must all say
pins=$(node -e '
  const s = require("fs").readFileSync(process.argv[1], "utf8");
  const v = (p) => (s.match(new RegExp(`\\b${p}: \x27([^\x27]+)\x27`)) || [])[1];
  if (!v("libvirt") || !v("random")) process.exit(1);
  console.log(v("libvirt"), v("random"));' "$root/lib/private/provider-versions.ts") || fail "cannot read the provider pins from lib/private/provider-versions.ts"
read -r libvirt_version random_version <<<"$pins"
section=$(sed -n '/^## Use it in your project$/,/^## [^#]/p' "$readme")
[ -n "$section" ] || fail "README.md has no section \"## Use it in your project\""
for v in "$libvirt_version" "$random_version"; do
  grep -qF "**$v**" <<<"$section" || fail "the README's section does not give the pinned provider version $v"
done
ok "provider pins: dmacvicar/libvirt $libvirt_version, hashicorp/random $random_version (lib/private/provider-versions.ts, the README says the same)"

# the example lab's peer range must take the version being packed (it is npm's check at install)
node -e '
  const path = require("path");
  const semver = require(require.resolve("semver", { paths: [path.dirname(require.resolve("cdktf/package.json", { paths: [process.argv[1]] }))] }));
  const version = require(path.join(process.argv[1], "package.json")).version;
  const lab = require(path.join(process.argv[1], "examples/lab-package/package.json"));
  for (const field of ["peerDependencies", "devDependencies"]) {
    const range = (lab[field] || {})["cdktf-libvirt"];
    if (!range || !semver.satisfies(version, range)) {
      console.error(`examples/lab-package/package.json: ${field}["cdktf-libvirt"] is ${JSON.stringify(range)}, which does not take the library version ${version}: update it with the version`);
      process.exit(1);
    }
  }' "$root" || fail "the example lab package does not accept this version of the library"

step "pack the library (prepack builds it)"
mkdir -p "$work/packages"
show "npm pack   # in $root"
(cd "$root" && npm pack --pack-destination "$work/packages" >"$work/pack.log" 2>&1) || { cat "$work/pack.log"; fail "npm pack of the library failed"; }
lib_tgz=$(ls "$work"/packages/cdktf-libvirt-*.tgz)
tar -tzf "$lib_tgz" >"$work/lib-files.txt"
for f in package/dist/lib/index.js package/dist/lib/index.d.ts package/dist/lib/cli/main.js package/lib/scripts/fetch-image.sh package/lib/scripts/dns-host.sh package/schema/schema.json; do
  grep -qx "$f" "$work/lib-files.txt" || fail "the packed library lacks $f"
done
ok "$(basename "$lib_tgz"): $(wc -l <"$work/lib-files.txt") files, $(du -k "$lib_tgz" | cut -f1) KiB"

step "an empty folder: the README's install lines"
app=$work/app
mkdir "$app"
cd "$app"
cmds=$(commands install) || exit 1
while IFS= read -r line; do run_line "$line"; done <<<"$cmds"
tsc_v=$(npx tsc -v)
case $tsc_v in "Version 5.9."*) ok "typescript: $tsc_v" ;; *) fail "the install line gave typescript $tsc_v, not 5.9" ;; esac
for p in cdktf-libvirt cdktf constructs @cdktf/provider-random ts-node @types/node; do
  [ -f "node_modules/$p/package.json" ] || fail "node_modules/$p is missing after the README's install lines"
done
ok "installed: $(for p in cdktf-libvirt cdktf constructs @cdktf/provider-random ts-node @types/node; do printf '%s@%s ' "$p" "$(json "node_modules/$p/package.json" j.version)"; done)"

step "main.ts, cdktf.json and tsconfig.json from the README"
for f in main.ts cdktf.json tsconfig.json; do
  block "$f" >"$f" || exit 1
  echo "wrote $f ($(wc -l <"$f") lines)"
done
app_command=$(json cdktf.json j.app)
effective=$(npx tsc --showConfig)
[ "$(json <(printf '%s' "$effective") 'j.compilerOptions.strict === true')" = true ] || fail "the README's tsconfig.json does not turn on strict"
[ "$(json <(printf '%s' "$effective") 'j.compilerOptions.skipLibCheck !== true')" = true ] || fail "the README's tsconfig.json skips the libraries' declarations (skipLibCheck)"

step "type-check: npx tsc --noEmit (strict, skipLibCheck false)"
show "npx tsc --noEmit"
npx tsc --noEmit || fail "main.ts does not type-check against the packed library"
ok "main.ts and every declaration it reaches type-check"

step "the README's commands: synthesize, preflight, terraform"
cmds=$(commands run) || exit 1
mapfile -t run <<<"$cmds"
[ "${#run[@]}" -eq 3 ] || fail "the README's run block has ${#run[@]} commands, expected 3 (synthesize, preflight, terraform)"
[ "${run[0]}" = "$app_command" ] || fail "the README synthesizes with \"${run[0]}\", but cdktf.json's app is \"$app_command\""
run_line "${run[0]}"
stack=cdktf.out/stacks/mylab
[ -f "$stack/cdk.tf.json" ] || fail "no $stack/cdk.tf.json after the app ran"
check_plan "$stack" '
  const problems = [], count = (t) => Object.keys((j.resource || {})[t] || {}).length;
  for (const [t, n] of [["libvirt_domain", 2], ["libvirt_network", 1], ["libvirt_pool", 1], ["libvirt_cloudinit_disk", 2]]) if (count(t) !== n) problems.push(`${count(t)} ${t}, expected ${n}`);
  const rp = j.terraform.required_providers;
  if (JSON.stringify(rp) !== JSON.stringify({ libvirt: { source: "dmacvicar/libvirt", version: "'"$libvirt_version"'" } })) problems.push(`required_providers ${JSON.stringify(rp)}`);
  for (const o of ["web_addresses", "db_addresses"]) if (!(j.output || {})[o]) problems.push(`no output ${o}`);
  problems'
for f in inventory.yaml ssh_config hosts topology.json topology.svg; do [ -s "$stack/$f" ] || fail "no artifact $stack/$f"; done
ok "$stack/cdk.tf.json: 2 domains, 1 network, 1 pool; required_providers libvirt = $libvirt_version only; artifacts beside it"
show "npx cdktf-libvirt --help"
npx cdktf-libvirt --help >"$work/help.txt" || fail "npx cdktf-libvirt --help failed"
head -4 "$work/help.txt"
[ "${run[1]}" = "npx cdktf-libvirt preflight $stack" ] || fail "the README's preflight command is \"${run[1]}\", expected \"npx cdktf-libvirt preflight $stack\""
preflight "$stack"
[ "${run[2]}" = "cd $stack && terraform init && terraform apply" ] || fail "the README's deploy command is \"${run[2]}\", expected \"cd $stack && terraform init && terraform apply\""
tf_init_validate "$app/$stack" "dmacvicar/libvirt=$libvirt_version"

step "a K3sCluster adds hashicorp/random (the README says terraform init then fetches it)"
mkdir "$work/k3s"
cat >"$work/k3s/k3s.ts" <<'EOF'
import { App, TerraformStack } from 'cdktf';
import { BaseImage, Host, K3sCluster, K3sInstall, Lab, Network } from 'cdktf-libvirt';

const app = new App({ outdir: 'k3s.out' });
const stack = new TerraformStack(app, 'k3s');
const lab = new Lab(new Host(stack, 'local'), 'k3s', { image: BaseImage.fromCatalog(stack, 'debian', 'debian-12'), sshAuthorizedKeys: [process.env.SSH_PUBLIC_KEY ?? ''] });
new K3sCluster(lab, 'demo', { servers: 1, agents: 1, networks: [new Network(lab, 'net', { cidr: '10.78.0.0/24' })], install: K3sInstall.script({ version: 'v1.31.4+k3s1' }) });
app.synth();
EOF
cp "$work/k3s/k3s.ts" "$app/k3s.ts"
show "npx ts-node k3s.ts   # a stack with a K3sCluster (not in the README; its claim is checked)"
CDKTF_LIBVIRT_LOCK_FILE=off npx ts-node k3s.ts || fail "the K3sCluster app failed"
rm "$app/k3s.ts"
check_plan k3s.out/stacks/k3s '
  const rp = j.terraform.required_providers, problems = [];
  if (rp.libvirt?.version !== "'"$libvirt_version"'" || rp.random?.source !== "hashicorp/random" || rp.random?.version !== "'"$random_version"'" || Object.keys(rp).length !== 2) problems.push(`required_providers ${JSON.stringify(rp)}`);
  if (!Object.keys((j.resource || {}).random_password || {}).length) problems.push("no random_password (the join token)");
  problems'
tf_init_validate "$app/k3s.out/stacks/k3s" "dmacvicar/libvirt=$libvirt_version hashicorp/random=$random_version"

step "the lab package: its devDependencies, then npm pack (prepack: tsc to JS and .d.ts)"
lab=$work/web-lab
mkdir "$lab"
(cd "$root/examples/lab-package" && tar -cf - --exclude=./node_modules --exclude=./dist --exclude='./*.tgz' .) | tar -xf - -C "$lab"
cd "$lab"
for p in cdktf-libvirt cdktf constructs; do
  [ "$(json package.json "j.peerDependencies?.[\"$p\"] !== undefined && j.dependencies?.[\"$p\"] === undefined")" = true ] ||
    fail "examples/lab-package/package.json: $p must be a peerDependency (and not a dependency)"
done
show "npm pkg set devDependencies.cdktf-libvirt=file:$(basename "$lib_tgz")   # the packed library in place of the registry"
npm pkg set "devDependencies.cdktf-libvirt=file:$lib_tgz"
cmds=$(commands lab-publish) || exit 1
while IFS= read -r line; do
  run_line "$line" 2>&1 | tee "$work/lab-step.log" || {
    if grep -q "Cannot find namespace 'NodeJS'" "$work/lab-step.log"; then
      grep "Cannot find namespace 'NodeJS'" "$work/lab-step.log" | sed 's/^/  /' >&2
      fail "a public declaration of cdktf-libvirt needs @types/node (NodeJS.* above): a package built without Node's types cannot compile against it"
    fi
    fail "the lab package's \"$line\" failed"
  }
done <<<"$cmds"
lab_tgz=$(ls "$lab"/example-web-lab-*.tgz 2>/dev/null) || fail "npm pack made no example-web-lab-*.tgz"
tar -tzf "$lab_tgz" >"$work/lab-files.txt"
for f in package/package.json package/dist/index.js package/dist/index.d.ts; do grep -qx "$f" "$work/lab-files.txt" || fail "the packed lab lacks $f"; done
! grep -q '^package/src/' "$work/lab-files.txt" || fail "the packed lab ships its TypeScript sources"
ok "$(basename "$lab_tgz"): $(tr '\n' ' ' <"$work/lab-files.txt")"

step "the app installs the lab package and uses it"
cd "$app"
cmds=$(commands lab-install) || exit 1
while IFS= read -r line; do run_line "$line"; done <<<"$cmds"
[ -f node_modules/@example/web-lab/dist/index.js ] || fail "node_modules/@example/web-lab is missing"
copies=$(find node_modules -path '*/cdktf-libvirt/package.json' -not -path '*/node_modules/*/node_modules/*/node_modules/*' | wc -l)
[ "$copies" -eq 1 ] || fail "$copies copies of cdktf-libvirt in the app: the lab package brought its own"
ok "one copy of cdktf-libvirt in the app: the lab package uses the app's"
block lab-use >"$work/lab-use.ts" || exit 1
node - "$app/main.ts" "$work/lab-use.ts" <<'EOF'
// the README: the import goes with the others, the rest before app.synth()
const fs = require('fs');
const [mainFile, useFile] = process.argv.slice(2);
const main = fs.readFileSync(mainFile, 'utf8').split('\n');
const use = fs.readFileSync(useFile, 'utf8').trimEnd().split('\n');
const imports = use.filter((l) => l.startsWith('import ')), rest = use.filter((l) => !l.startsWith('import '));
const lastImport = main.map((l) => l.startsWith('import ')).lastIndexOf(true);
main.splice(lastImport + 1, 0, ...imports);
const synth = main.indexOf('app.synth();');
if (synth < 0) { console.error('main.ts has no line "app.synth();"'); process.exit(1); }
main.splice(synth, 0, ...rest);
fs.writeFileSync(mainFile, main.join('\n'));
EOF
echo "main.ts with the README's lines added:"
sed 's/^/  /' main.ts
show "npx tsc --noEmit"
npx tsc --noEmit || fail "main.ts with the lab does not type-check"
ok "main.ts with the lab type-checks (strict, skipLibCheck false)"
run_line "$app_command"
check_plan "$stack" '
  const problems = [], count = (t) => Object.keys((j.resource || {})[t] || {}).length;
  for (const [t, n] of [["libvirt_domain", 6], ["libvirt_network", 2], ["libvirt_pool", 2]]) if (count(t) !== n) problems.push(`${count(t)} ${t}, expected ${n}`);
  const urls = (j.output || {}).shop_web_urls?.value;
  if (!Array.isArray(urls) || urls.length !== 3 || !urls.every((u) => /^http:\/\/10\.90\.0\.\d+\/$/.test(u))) problems.push(`output shop_web_urls = ${JSON.stringify(urls)}`);
  const names = Object.values(j.resource.libvirt_domain).map((d) => d.name).sort();
  if (JSON.stringify(names) !== JSON.stringify(["db", "shop-db", "shop-web-1", "shop-web-2", "shop-web-3", "web"])) problems.push(`domains ${JSON.stringify(names)}`);
  problems'
ok "$stack/cdk.tf.json: the lab's 4 machines, network and pool beside main.ts's; output shop_web_urls = $(json "$stack/cdk.tf.json" 'j.output.shop_web_urls.value')"
[ -s cdktf-libvirt.lock.json ] || fail "no cdktf-libvirt.lock.json beside main.ts (the lab's machines have allocated addresses)"
ok "cdktf-libvirt.lock.json written beside main.ts"
preflight "$stack"
tf_init_validate "$app/$stack" "dmacvicar/libvirt=$libvirt_version"
