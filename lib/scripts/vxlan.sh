#!/bin/sh
# vxlan.sh: joins the bridge of a network on a KVM host to the bridges of the same network on the
# other hosts, by VXLAN (ACTION=up), or takes the VXLAN device away again (ACTION=down). The device
# floods to each peer's tunnel address (head-end replication, one all-zero FDB entry per peer) and
# learns the rest; its MTU leaves room for VXLAN's 50 bytes.
#
# The commands run on the KVM host: here, when terraform runs there (qemu:///system), else over ssh.
# Run by terraform local-exec provisioners on the machine that runs terraform; the KVM host needs
# iproute2 (ip, bridge) and the vxlan kernel module.
#
# Environment:
#   ACTION           up or down
#   DEVICE           the VXLAN device's name (15 characters at most)
#   VNI              VXLAN network identifier, 1 to 16777215
#   LOCAL            this host's tunnel address
#   PEERS            the other hosts' tunnel addresses, separated by spaces
#   BRIDGE           the network's bridge on this host
#   MTU              the VXLAN device's MTU
#   PORT             the VXLAN UDP port
#   SSH_DESTINATION  optional: [user@]host to run the commands on over ssh; empty: run them here
#   SSH_PORT, SSH_KEY, SSH_KNOWN_HOSTS  optional: ssh's port, identity file and known_hosts file
# Exit status: 0 ok (down: also when the device was gone), 1 failure, 2 bad usage.
set -euf

me=vxlan
die() { echo "$me: $1" >&2; exit "${2:-1}"; }

name_ok() { case $1 in ''|*[!A-Za-z0-9._-]*) return 1 ;; esac; [ ${#1} -le 15 ]; }
ipv4_ok() { case $1 in *[!0-9.]*|'') return 1 ;; esac; }
number_ok() { case $1 in *[!0-9]*|'') return 1 ;; esac; }

action=${ACTION:-} device=${DEVICE:-}
name_ok "$device" || die "DEVICE is not an interface name: '$device'" 2
case $action in
  up)
    vni=${VNI:-} local=${LOCAL:-} peers=${PEERS:-} bridge=${BRIDGE:-} mtu=${MTU:-} port=${PORT:-}
    number_ok "$vni" || die "VNI is not a number: '$vni'" 2
    number_ok "$mtu" || die "MTU is not a number: '$mtu'" 2
    number_ok "$port" || die "PORT is not a number: '$port'" 2
    ipv4_ok "$local" || die "LOCAL is not an IPv4 address: '$local'" 2
    name_ok "$bridge" || die "BRIDGE is not an interface name: '$bridge'" 2
    [ -n "$peers" ] || die "PEERS is empty" 2
    body="ip link del $device 2>/dev/null || true
ip link add $device type vxlan id $vni local $local dstport $port
ip link set $device mtu $mtu"
    for peer in $peers; do
      ipv4_ok "$peer" || die "PEERS holds '$peer', not an IPv4 address" 2
      body="$body
bridge fdb append 00:00:00:00:00:00 dev $device dst $peer"
    done
    body="$body
ip link set $device master $bridge up"
    ;;
  down) body="ip link del $device 2>/dev/null || true" ;;
  *) die "ACTION must be up or down, got '$action'" 2 ;;
esac

if [ -z "${SSH_DESTINATION:-}" ]; then
  printf '%s\n' "$body" | sh -e || die "ACTION=$action of $device failed on this machine"
else
  set -- -o BatchMode=yes
  [ -z "${SSH_PORT:-}" ] || set -- "$@" -p "$SSH_PORT"
  [ -z "${SSH_KEY:-}" ] || set -- "$@" -i "$SSH_KEY" -o IdentitiesOnly=yes
  [ -z "${SSH_KNOWN_HOSTS:-}" ] || set -- "$@" -o "UserKnownHostsFile=$SSH_KNOWN_HOSTS" -o StrictHostKeyChecking=yes
  printf '%s\n' "$body" | ssh "$@" "$SSH_DESTINATION" sh -e || die "ACTION=$action of $device failed on $SSH_DESTINATION"
fi
echo "$me: $action $device"
