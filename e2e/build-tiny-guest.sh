#!/bin/bash
# build-tiny-guest.sh: build the tiny guest of the real-libvirt tier: Debian 12's cloud kernel and an
# initramfs made of busybox-static, the virtio/SCSI/cdrom/iso9660 modules and an /init that does
# what the tier needs from a machine whose lab only has to boot, hold its addresses and be
# reachable (NOTES.md §2.7: it boots in seconds under TCG, where the Debian guest takes minutes).
#
#   usage: build-tiny-guest.sh OUTPUT_DIR
#   writes OUTPUT_DIR/vmlinuz, OUTPUT_DIR/initrd.img (gzip cpio), OUTPUT_DIR/blank.qcow2 (an empty
#   1 GiB disk: the base volume a tiny lab's root disks are overlays of) and OUTPUT_DIR/SHA256SUMS.
#
# The /init (busybox sh, PID 1):
#   - loads the modules with insmod in dependency order (the package ships no modules.dep; a module
#     the kernel has built in is skipped);
#   - mounts the NoCloud seed (the cdrom whose root holds meta-data) and sets the hostname from
#     meta-data's local-hostname;
#   - configures every NIC from the seed's network-config (version 2, the subset the constructs write:
#     ethernets matched by macaddress, addresses, routes with to/via, dhcp4), or with DHCP when the
#     seed has no network-config;
#   - prints one line per fact to the serial console, prefixed "cdktf-tiny:", ending with
#     "cdktf-tiny: ready", and stays up (a hard power-off is how libvirt destroys it).
#   A step that fails prints "cdktf-tiny: error ..." and the guest carries on, so the tier's checks
#   name what is missing instead of timing out on a silent guest.
#
# Host requirements (Debian packages): apt (apt-get download), dpkg, cpio, gzip, qemu-utils. Needs a
# Debian mirror in the apt sources; runs `apt-get update` when apt has no package lists yet. No root
# needed except for that update.
set -euo pipefail

OUT=${1:?usage: $0 OUTPUT_DIR}
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for c in apt-get apt-cache dpkg-deb cpio gzip qemu-img sha256sum; do
  command -v "$c" >/dev/null || die "missing $c (apt-get install apt dpkg cpio gzip qemu-utils coreutils)"
done

mkdir -p "$OUT"
OUT=$(readlink -f "$OUT")
WORK=$(mktemp -d "$OUT/.build-tiny-guest.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# the concrete kernel package behind the metapackage (linux-image-6.1.0-NN-cloud-amd64)
if ! apt-cache show linux-image-cloud-amd64 >/dev/null 2>&1; then
  log "apt has no package lists: apt-get update"
  apt-get update -qq
fi
KPKG=$(apt-cache depends linux-image-cloud-amd64 | awk '$1 == "Depends:" && $2 ~ /^linux-image-[0-9]/ { print $2; exit }')
[ -n "$KPKG" ] || die "linux-image-cloud-amd64 depends on no linux-image-<version> package"
log "downloading $KPKG and busybox-static"
(cd "$WORK" && apt-get download -qq "$KPKG" busybox-static 2>&1 | grep -v 'unsandboxed' >&2 || true)
ls "$WORK"/linux-image-*.deb "$WORK"/busybox-static_*.deb >/dev/null 2>&1 || die "apt-get download of $KPKG busybox-static failed"
X=$WORK/x
mkdir -p "$X"
for deb in "$WORK"/*.deb; do dpkg-deb -x "$deb" "$X"; done
KVER=$(ls "$X/lib/modules")
[ "$(printf '%s\n' "$KVER" | wc -l)" = 1 ] || die "expected one kernel in $KPKG, found: $KVER"
MODDIR=$X/lib/modules/$KVER
log "kernel $KVER"

# initramfs tree
R=$WORK/initramfs
mkdir -p "$R"/{bin,dev,proc,sys,run,seed,etc,lib/modules}
cp "$X/bin/busybox" "$R/bin/busybox"
ln -s busybox "$R/bin/sh"
: > "$R/etc/modules.order"
# dependency order (NOTES.md §2.7); af_packet for udhcpc when the kernel has it as a module
for m in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci failover net_failover virtio_net \
         virtio_blk scsi_common scsi_mod cdrom sr_mod virtio_scsi isofs af_packet; do
  f=$(find "$MODDIR/kernel" -name "$m.ko" -o -name "$m.ko.xz" -o -name "$m.ko.zst" | head -1)
  if [ -z "$f" ]; then
    grep -q "/$m.ko\$" "$MODDIR/modules.builtin" || die "module $m is neither shipped nor built into $KVER"
    continue
  fi
  case "$f" in
    *.xz) xz -dc "$f" > "$R/lib/modules/$m.ko" ;;
    *.zst) zstd -qdc "$f" > "$R/lib/modules/$m.ko" ;;
    *) cp "$f" "$R/lib/modules/$m.ko" ;;
  esac
  echo "$m" >> "$R/etc/modules.order"
done

# network-config v2 (the subset the constructs write) to one command per line:
#   nic ID MAC | addr ID CIDR | route ID TO VIA | dhcp ID
cat > "$R/bin/netcfg" <<'AWK'
#!/bin/sh
exec awk '
  function val(s) { sub(/^[^:]*:[ \t]*/, "", s); gsub(/["\047]/, "", s); return s }
  function indent(s) { match(s, /^ */); return RLENGTH }
  /^[ \t]*(#|$)/ { next }
  {
    n = indent($0); line = $0; sub(/^ */, "", line)
    if (n == 0) { top = line; id = ""; key = ""; next }
    if (top != "ethernets:") next
    if (n == 2) { id = line; sub(/:.*$/, "", id); key = ""; next }
    if (n == 4) {
      key = line; sub(/:.*$/, "", key)
      if (key == "dhcp4" && val(line) == "true") print "dhcp", id
      next
    }
    if (key == "match" && line ~ /^macaddress:/) { print "nic", id, tolower(val(line)); next }
    if (key == "addresses" && n == 6 && line ~ /^- /) { a = line; sub(/^- */, "", a); gsub(/["\047]/, "", a); print "addr", id, a; next }
    if (key == "routes" && line ~ /^(- )?to:/) { to = val(line); next }
    if (key == "routes" && line ~ /^(- )?via:/) { print "route", id, to, val(line); next }
  }
' "$@"
AWK
chmod 0755 "$R/bin/netcfg"

cat > "$R/init" <<'INIT'
#!/bin/sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
say() { echo "cdktf-tiny: $*"; }
say "init (kernel $(uname -r))"
for m in $(cat /etc/modules.order); do
  insmod "/lib/modules/$m.ko" || say "error: insmod $m failed"
done
ip link set lo up

# the seed: the cdrom whose root holds meta-data
seed=""
i=0
while [ -z "$seed" ] && [ $i -lt 20 ]; do
  for d in /dev/sr*; do
    [ -b "$d" ] || continue
    mount -t iso9660 -o ro "$d" /seed 2>/dev/null || continue
    if [ -f /seed/meta-data ]; then seed=$d; break; fi
    umount /seed
  done
  [ -n "$seed" ] || { sleep 0.5; i=$((i + 1)); }
done
if [ -n "$seed" ]; then
  say "seed $seed $(ls /seed | tr '\n' ' ')"
  h=$(sed -n 's/^local-hostname:[ \t]*//p' /seed/meta-data | tr -d "\"'" | head -1)
  if [ -n "$h" ]; then hostname "$h"; say "hostname $h"; else say "error: meta-data has no local-hostname"; fi
else
  say "error: no cdrom with meta-data"
fi

ifname_of() { # MAC -> interface name
  for f in /sys/class/net/*/address; do
    [ "$(cat "$f")" = "$1" ] && { basename "$(dirname "$f")"; return 0; }
  done
  return 1
}
if [ -f /seed/network-config ]; then
  netcfg /seed/network-config > /run/net.cmds
  # interfaces first, then addresses, then routes
  while read -r kind id a b; do
    [ "$kind" = nic ] || continue
    if ifname=$(ifname_of "$a"); then
      echo "$id $ifname" >> /run/net.ids
      ip link set "$ifname" up
      say "nic $id $ifname $a"
    else
      say "error: network-config $id: no interface with MAC $a"
    fi
  done < /run/net.cmds
  touch /run/net.ids
  dev_of() { awk -v id="$1" '$1 == id { print $2 }' /run/net.ids; }
  while read -r kind id a b; do
    dev=$(dev_of "$id")
    [ -n "$dev" ] || continue
    case $kind in
      addr) ip addr add "$a" dev "$dev" && say "address $dev $a" || say "error: ip addr add $a dev $dev" ;;
      dhcp) udhcpc -i "$dev" -q -n -t 10 -s /bin/dhcp-script >/dev/null 2>&1 && say "dhcp $dev $(ip -4 -o addr show dev "$dev" | awk '{print $4}')" || say "error: no DHCP lease on $dev" ;;
    esac
  done < /run/net.cmds
  while read -r kind id a b; do
    dev=$(dev_of "$id")
    [ "$kind" = route ] && [ -n "$dev" ] || continue
    ip route replace "$a" via "$b" dev "$dev" && say "route $a via $b" || say "error: ip route replace $a via $b dev $dev"
  done < /run/net.cmds
else
  for f in /sys/class/net/*; do
    dev=$(basename "$f"); [ "$dev" = lo ] && continue
    ip link set "$dev" up
    udhcpc -i "$dev" -q -n -t 10 -s /bin/dhcp-script >/dev/null 2>&1 && say "dhcp $dev $(ip -4 -o addr show dev "$dev" | awk '{print $4}')" || say "error: no DHCP lease on $dev"
  done
fi
say "ready"
while :; do sleep 3600; done
INIT
chmod 0755 "$R/init"

# udhcpc's hook: apply the lease (busybox ships no default script)
cat > "$R/bin/dhcp-script" <<'DHCP'
#!/bin/sh
case "$1" in
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
    ;;
esac
exit 0
DHCP
chmod 0755 "$R/bin/dhcp-script"

cp "$X/boot/vmlinuz-$KVER" "$WORK/vmlinuz"
(cd "$R" && find . | sort | cpio -o -H newc --quiet -R 0:0) | gzip -9 > "$WORK/initrd.img"
qemu-img create -q -f qcow2 "$WORK/blank.qcow2" 1G
(cd "$WORK" && sha256sum vmlinuz initrd.img blank.qcow2 > SHA256SUMS)
for f in vmlinuz initrd.img blank.qcow2 SHA256SUMS; do mv -f "$WORK/$f" "$OUT/$f"; done
chmod 0644 "$OUT"/vmlinuz "$OUT"/initrd.img "$OUT"/blank.qcow2 "$OUT"/SHA256SUMS
log "tiny guest: $OUT (kernel $KVER, initrd $(du -k "$OUT/initrd.img" | cut -f1) KiB)"
