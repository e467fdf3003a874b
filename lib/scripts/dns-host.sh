#!/bin/sh
# dns-host.sh: add or remove one machine's DNS host entry on a libvirt network, live and in the
# persistent definition, with `virsh net-update`. Provider 0.9 cannot update a network, and
# replacing one cuts every guest off, so names are registered beside the network resource.
# Entries are appended (add-last): the provider reads back at most as many entries as its
# configuration has, so appended ones cause no drift.
#
# Run by terraform local-exec provisioners on the machine that runs terraform; `virsh` must be
# installed there and reach the same libvirt URI as the provider.
#
# Environment:
#   ACTION       add | remove
#   LIBVIRT_URI  libvirt connection URI (qemu:///system, qemu+ssh://user@host/system, ...)
#   NETWORK      libvirt network name
#   ADDRESS      IPv4 address of the machine
#   HOSTNAMES    space-separated names (short name, FQDN)
# Exit status: 0 ok, 1 failure, 2 bad usage.
set -euf # no pathname expansion: HOSTNAMES='*' must not become the names of files

me=dns-host
die() { echo "$me: $1" >&2; exit "${2:-1}"; }

action=${ACTION:-} uri=${LIBVIRT_URI:-} net=${NETWORK:-} ip=${ADDRESS:-} names=${HOSTNAMES:-}
case $action in add|remove) ;; *) die "ACTION must be add or remove, got '$action'" 2 ;; esac
[ -n "$uri" ] || die "LIBVIRT_URI is empty" 2
# grep checks line by line: the case patterns reject a newline (or anything else) around a valid line
case $net in ''|[!A-Za-z0-9]*|*[!A-Za-z0-9._-]*) die "NETWORK is not a libvirt network name: '$net'" 2 ;; esac
case $ip in *[!0-9.]*) die "ADDRESS is not an IPv4 address: '$ip'" 2 ;; esac
printf '%s\n' "$ip" | grep -Eq '^[0-9]{1,3}(\.[0-9]{1,3}){3}$' || die "ADDRESS is not an IPv4 address: '$ip'" 2
xml="<host ip='$ip'>"
count=0
for n in $names; do
  printf '%s\n' "$n" | grep -Eq '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$' || die "not a host name: '$n'" 2
  xml="$xml<hostname>$n</hostname>"
  count=$((count + 1))
done
[ "$count" -gt 0 ] || die "HOSTNAMES is empty" 2
xml="$xml</host>"

command -v virsh >/dev/null 2>&1 ||
  die "virsh is not installed on this machine (Debian/Ubuntu: apt install libvirt-clients; Fedora/EL: dnf install libvirt-client); it registers names in libvirt's DNS"

v() { virsh -q -c "$uri" "$@"; }

if ! dump=$(v net-dumpxml --inactive "$net" 2>&1); then
  if [ "$action" = remove ] && printf '%s' "$dump" | grep -q 'Network not found'; then
    echo "$me: network $net is gone; nothing to remove for $ip"
    exit 0
  fi
  die "cannot read network $net at $uri: $dump"
fi
present() { v net-dumpxml --inactive "$net" | grep -q "<host ip='$ip'>"; }
# --live only on a running network; --config keeps the entry across restarts of the network
flags=--config
if v net-info "$net" | grep -Eq '^Active: +yes'; then flags="--live --config"; fi

if present; then
  # a leftover of an earlier apply (or of another name for this address): replace it
  # shellcheck disable=SC2086
  v net-update "$net" delete dns-host "<host ip='$ip'/>" $flags >/dev/null
fi
if [ "$action" = add ]; then
  # shellcheck disable=SC2086
  v net-update "$net" add-last dns-host "$xml" $flags >/dev/null
  echo "$me: $names -> $ip on network $net"
else
  echo "$me: removed $ip from network $net"
fi
