#!/bin/sh
# dns-host.sh: add or remove the DNS host entries of a libvirt network's machines, live and in the
# persistent definition, with `virsh net-update`. Provider 0.9 cannot update a network, and
# replacing one cuts every guest off, so names are registered beside the network resource: one
# registration per network holds all of its entries, and is replaced when they change (its destroy
# runs this with ACTION=remove and the old entries, its create with ACTION=add and the new ones).
# Entries are appended (add-last): the provider reads back at most as many entries as its
# configuration has, so appended ones cause no drift.
#
# Run by terraform local-exec provisioners on the machine that runs terraform; `virsh` must be
# installed there and reach the same libvirt URI as the provider (it is not needed when ENTRIES is
# empty).
#
# Environment:
#   ACTION       add | remove
#   LIBVIRT_URI  libvirt connection URI (qemu:///system, qemu+ssh://user@host/system, ...)
#   SSH_KNOWN_HOSTS  optional: the known_hosts file virsh's ssh checks the KVM host's key in
#                (HostConnection.ssh knownHostsFile; default ~/.ssh/known_hosts)
#   NETWORK      libvirt network name
#   ENTRIES      the entries, separated by ';', each `ip name [name ...]` separated by spaces
#                (or other blanks): `10.77.0.10 web web.lan.test;10.77.0.11 db db.lan.test`. An
#                IPv4 address and names of lowercase letters, digits, '.' and '-'; no address nor
#                name twice. Blank entries are skipped; empty or blank: nothing to do. Must be set:
#                ADDRESS and HOSTNAMES (one entry, in earlier versions) without ENTRIES are refused,
#                and ignored beside it (local-exec passes on the environment of terraform).
# add replaces an entry of the same address already there (a leftover); remove deletes the entries
# whose address is there, and succeeds when the network is gone. Everything is checked before
# anything is changed.
# Exit status: 0 ok, 1 failure, 2 bad usage.
set -euf # no pathname expansion: a name '*' must not become the names of files

me=dns-host
die() { printf '%s: %s\n' "$me" "$1" >&2; exit "${2:-1}"; } # printf: echo may read \ in a bad name
nl='
'
blanks=" $(printf '\t')$nl"
FORMAT="'ip name [name ...]' entries separated by ';'"

action=${ACTION:-} uri=${LIBVIRT_URI:-} net=${NETWORK:-}
case $action in add|remove) ;; *) die "ACTION must be add or remove, got '$action'" 2 ;; esac
[ -n "$uri" ] || die "LIBVIRT_URI is empty" 2
# the case patterns reject a newline (or anything else) around a valid name
case $net in ''|[!A-Za-z0-9]*|*[!A-Za-z0-9._-]*) die "NETWORK is not a libvirt network name: '$net'" 2 ;; esac
if [ -z "${ENTRIES+set}" ]; then
  [ -z "${ADDRESS+set}${HOSTNAMES+set}" ] || die "ADDRESS and HOSTNAMES are no longer read: set ENTRIES, $FORMAT" 2
  die "ENTRIES is not set: $FORMAT (empty for none)" 2
fi

# four dot-separated parts of one to three digits
is_ip() {
  case $1 in ''|*[!0-9.]*|.*|*.|*..*|*[0-9][0-9][0-9][0-9]*|*.*.*.*.*) return 1 ;; *.*.*.*) return 0 ;; *) return 1 ;; esac
}
# ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$
is_name() {
  case $1 in ''|[!a-z0-9]*|*[!a-z0-9.-]*|*[!a-z0-9]) return 1 ;; *) return 0 ;; esac
}

# check every entry before virsh is called; `list` gets them one a line, `ip name...`
list='' ips=' ' names=' ' count=0
IFS=';'
for e in $ENTRIES; do
  IFS=$blanks # the list of the loop is expanded already
  # shellcheck disable=SC2086 # split into ip and names (no pathname expansion: set -f)
  set -- $e
  [ $# -gt 0 ] || continue
  ip=$1
  shift
  is_ip "$ip" || die "ENTRIES: not an IPv4 address: '$ip' (entry '$e')" 2
  [ $# -gt 0 ] || die "ENTRIES: no name for $ip (entry '$e')" 2
  case $ips in *" $ip "*) die "ENTRIES: two entries for $ip" 2 ;; esac
  ips="$ips$ip "
  line=$ip
  for n in "$@"; do
    is_name "$n" || die "ENTRIES: not a host name: '$n' (entry '$e')" 2
    case $names in *" $n "*) die "ENTRIES: the name $n is given twice" 2 ;; esac
    names="$names$n "
    line="$line $n"
  done
  list="$list$line$nl"
  count=$((count + 1))
done
if [ "$count" -eq 0 ]; then
  echo "$me: ENTRIES is empty; nothing to $action on network $net"
  exit 0
fi

command -v virsh >/dev/null 2>&1 ||
  die "virsh is not installed on this machine (Debian/Ubuntu: apt install libvirt-clients; Fedora/EL: dnf install libvirt-client); it registers names in libvirt's DNS"

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

v() { virsh -q -c "$uri" "$@"; }

# read once: a network may have hundreds of entries, each looked up in this text
if ! dump=$(v net-dumpxml --inactive "$net" 2>&1); then
  if [ "$action" = remove ] && printf '%s' "$dump" | grep -q 'Network not found'; then
    echo "$me: network $net is gone; nothing to remove"
    exit 0
  fi
  die "cannot read network $net at $uri: $dump"
fi
# --live only on a running network; --config keeps the entries across restarts of the network
flags=--config
if v net-info "$net" | grep -Eq '^Active: +yes'; then flags="--live --config"; fi

update() { # update OPERATION XML WHAT: net-update, failing with virsh's reason
  # shellcheck disable=SC2086 # flags are one or two options
  out=$(v net-update "$net" "$1" dns-host "$2" $flags 2>&1) || die "cannot $3 network $net: $out"
}

IFS=$nl
for e in $list; do
  IFS=$blanks
  # shellcheck disable=SC2086 # split into ip and names
  set -- $e
  ip=$1
  shift
  case $dump in
    *"<host ip='$ip'>"*)
      # on add, a leftover of an earlier apply (or another name for this address): replaced
      update delete "<host ip='$ip'/>" "remove $ip from" ;;
    *) [ "$action" = add ] || { echo "$me: $ip is not on network $net; nothing to remove"; continue; } ;;
  esac
  if [ "$action" = add ]; then
    xml="<host ip='$ip'>" what=''
    for n in "$@"; do xml="$xml<hostname>$n</hostname>" what="$what${what:+ }$n"; done
    update add-last "$xml</host>" "add $ip ($what) to"
    echo "$me: $what -> $ip on network $net"
  else
    echo "$me: removed $ip from network $net"
  fi
done
