#!/bin/sh
# pool-dir.sh: remove the (empty) directory of a storage pool that terraform has just destroyed,
# when the lab asks for it. Provider 0.9 fixes whether it deletes a pool's directory when the pool
# is created, and cannot update a pool, so a user who changes their mind later (keepPool,
# deleteOnDestroy) would have to replace the pool with every volume in it. Instead the pool keeps
# its directory, and this runs when the pool is gone, with the choice as it stands at that moment.
#
# The directory is on the libvirt host, which may be remote: it is removed through libvirt, by
# defining a throwaway dir pool on it and deleting that pool (rmdir: a directory that still holds
# files is kept, with a warning), then undefining it.
#
# Run by a terraform destroy-time local-exec provisioner on the machine that runs terraform; `virsh`
# must be installed there and reach the same libvirt URI as the provider.
#
# Environment:
#   DELETE       true: remove the directory; anything else: keep it
#   LIBVIRT_URI  libvirt connection URI
#   SSH_KNOWN_HOSTS  optional: the known_hosts file virsh's ssh checks the KVM host's key in
#                (HostConnection.ssh knownHostsFile; default ~/.ssh/known_hosts)
#   DIRECTORY    absolute path of the pool's directory on the libvirt host
#   POOL         the pool's name (for messages, and the throwaway pool's name)
# Exit status: 0 ok (removed, kept, or already gone), 1 failure, 2 bad usage.
set -euf

me=pool-dir
die() { echo "$me: $1" >&2; exit "${2:-1}"; }

uri=${LIBVIRT_URI:-} dir=${DIRECTORY:-} pool=${POOL:-}
[ -n "$uri" ] || die "LIBVIRT_URI is empty" 2
case $dir in /*) ;; *) die "DIRECTORY must be an absolute path, got '$dir'" 2 ;; esac
case $dir in *"
"*) die "DIRECTORY must be one line" 2 ;; esac
case $pool in ''|[!A-Za-z0-9]*|*[!A-Za-z0-9._-]*) die "POOL is not a libvirt pool name: '$pool'" 2 ;; esac

if [ "${DELETE:-}" != true ]; then
  echo "$me: keeping $dir (the directory of pool $pool)"
  exit 0
fi
command -v virsh >/dev/null 2>&1 ||
  die "virsh is not installed on this machine (Debian/Ubuntu: apt install libvirt-clients; Fedora/EL: dnf install libvirt-client); it removes the pool's directory"

# HostConnection.ssh({ knownHostsFile }): the provider reads that file from the URI's `knownhosts`,
# but virsh's ssh transport has no such parameter and would check ~/.ssh/known_hosts instead. So
# virsh finds first on its PATH an ssh that names the file (for ssh: in double quotes, with `%`
# doubled, as ssh expands %-sequences there), in a folder removed on exit.
wrap=''
if [ -n "${SSH_KNOWN_HOSTS:-}" ]; then
  case $SSH_KNOWN_HOSTS in *"
"*) die "SSH_KNOWN_HOSTS must be one line" 2 ;; esac
  real_ssh=$(command -v ssh) || die "ssh is not installed on this machine; virsh reaches the KVM host with it"
  wrap=$(mktemp -d) || die "cannot make a folder for the ssh wrapper"
  trap 'rm -rf "$wrap"' EXIT
  sq() { printf '%s' "$1" | sed "s/'/'\\\\''/g"; }
  kh=$(printf '%s' "$SSH_KNOWN_HOSTS" | sed -e 's/[\\"]/\\&/g' -e 's/%/%%/g')
  printf '#!/bin/sh\nexec '"'"'%s'"'"' -o '"'"'UserKnownHostsFile="%s"'"'"' "$@"\n' "$(sq "$real_ssh")" "$(sq "$kh")" > "$wrap/ssh"
  chmod 700 "$wrap/ssh"
  PATH=$wrap:$PATH
fi

tmp="$pool-rmdir-$$"
v() { virsh -q -c "$uri" "$@"; }
out=$(v pool-define-as "$tmp" dir --target "$dir" 2>&1) || die "cannot reach $dir through libvirt at $uri: $out"
trap 'v pool-undefine "$tmp" >/dev/null 2>&1 || true; [ -z "$wrap" ] || rm -rf "$wrap"' EXIT
if out=$(v pool-delete "$tmp" 2>&1); then
  echo "$me: removed $dir (the directory of pool $pool)"
elif printf '%s' "$out" | grep -q 'No such file or directory'; then
  echo "$me: $dir is already gone"
elif printf '%s' "$out" | grep -q 'not empty'; then
  # never lose files that someone else put there
  echo "$me: warning: kept $dir: it still holds files that are not the lab's volumes" >&2
else
  die "cannot remove $dir: $out"
fi
