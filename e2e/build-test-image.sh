#!/bin/bash
# build-test-image.sh: build a small, disk-bootable Debian 12 (bookworm) cloud image (qcow2)
# for libvirt/Terraform tests. It uses only Debian's own packages and mirror.
#
# The guest image of the real-libvirt tier (npm run test:e2e), adapted from the shared
# tools/build-test-image.sh. The tier caches the image by this file's SHA-256, so any edit here
# builds a new image on the next run. Changes from the shared script, all to boot faster under TCG
# (software emulation, where every CPU second counts): no boot-time fsck, e2scrub and the periodic
# timers masked, CPU vulnerability mitigations off, and no RSA host key (slow to generate). It
# also installs nftables (Priority: important, so in Debian's own cloud images, but not in a
# minbase debootstrap), which the library's Router uses.
#
#   usage: build-test-image.sh OUTPUT.qcow2
#   env:   MIRROR=URL of a Debian archive (default: the first Debian mirror in the apt sources)
#          SECURITY_MIRROR=URL of the Debian security archive (default: the one in the apt sources, else none)
#          SUITE=bookworm  DISK_SIZE=2G  COMPRESS=1 (qcow2 zlib compression)  KEEP_WORK=0
#
# What the image contains
#   - one MBR partition (ext4, label "debian-root"), BIOS boot through extlinux (syslinux 6.04) + mbr.bin;
#     boots from its own disk, no direct kernel boot, no UEFI (no ESP: vfat cannot be mounted here)
#   - linux-image-cloud-amd64, systemd, udev, dbus, openssh-server, qemu-guest-agent, sudo, iproute2,
#     iputils-ping, nftables, cloud-init (NoCloud + None datasources only), cloud-guest-utils (growpart),
#     netplan.io + systemd-networkd + systemd-resolved (cloud-init network-config v2 is passed through to netplan)
#   - empty /etc/machine-id, no SSH host keys, no cloud-init state: every clone is a fresh instance
#   - serial console on ttyS0 (kernel console, getty), locale C.UTF-8
#   Note: the Debian cloud kernel has virtio (blk, net, scsi) but no SATA/AHCI driver: attach the NoCloud
#   seed cdrom to a virtio-scsi controller (bus "scsi"), not to "sata"/"ide".
#
# Host requirements (Debian packages): debootstrap qemu-utils fdisk e2fsprogs util-linux mount coreutils.
# Needs root, loop devices with partition scanning, and ext4. Every mount and loop device it creates is
# removed on exit, also on failure.
set -euo pipefail

OUT=${1:?usage: $0 OUTPUT.qcow2}
# Build in a mount namespace of its own, with private propagation: the image's mounts are never seen
# by other processes, so a process that copies the host's mount namespace meanwhile (a daemon or
# container starting) cannot keep the image's file system mounted, which would leave it "in use"
# for e2fsck and the loop device busy after this script is done with it.
if [ -z "${BUILD_TEST_IMAGE_NS:-}" ] && command -v unshare >/dev/null; then
  BUILD_TEST_IMAGE_NS=1 exec unshare --mount --propagation private -- "$BASH" "$0" "$@"
fi
SUITE=${SUITE:-bookworm}
DISK_SIZE=${DISK_SIZE:-2G}
COMPRESS=${COMPRESS:-1}
KEEP_WORK=${KEEP_WORK:-0}

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (debootstrap, losetup, mount)"
for c in debootstrap qemu-img sfdisk losetup partx mkfs.ext4 e2fsck blkid mount umount mountpoint fstrim sha256sum; do
  command -v "$c" >/dev/null || die "missing $c (apt-get install debootstrap qemu-utils fdisk e2fsprogs util-linux mount)"
done

detect_mirror() {
  # first "URIs:" (deb822) or "deb URL" (one-line) entry that is a plain Debian archive (not security)
  local f u
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    u=$(grep -hE '^\s*URIs:' "$f" 2>/dev/null | awk '{print $2}' | grep -E '/debian/?$' | head -1 || true)
    [ -n "$u" ] || u=$(grep -hE '^\s*deb\s' "$f" 2>/dev/null | sed -E 's/\[[^]]*\]//' | awk '{print $2}' | grep -E '/debian/?$' | head -1 || true)
    [ -n "$u" ] && { echo "${u%/}"; return; }
  done
}
detect_security_mirror() {
  local f u
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    u=$(grep -vhE '^\s*#' "$f" 2>/dev/null | grep -oE 'https?://[^ ]*debian-security' | head -1 || true)
    [ -n "$u" ] && { echo "$u"; return; }
  done
}
MIRROR=${MIRROR:-$(detect_mirror)}
[ -n "$MIRROR" ] || die "no Debian mirror found in the apt sources; set MIRROR"
SECURITY_MIRROR=${SECURITY_MIRROR:-$(detect_security_mirror)}

# the output's folder first: readlink -f names nothing when a folder on the way does not exist yet
mkdir -p "$(dirname "$OUT")" || die "cannot create the folder of $OUT"
OUT=$(readlink -f "$OUT")
[ -n "$OUT" ] || die "cannot resolve the output path ${1}"
OUTDIR=$(dirname "$OUT")
WORK=$(mktemp -d "$OUTDIR/.build-test-image.XXXXXX")
RAW=$WORK/disk.raw
ROOT=$WORK/root
mkdir -p "$ROOT"
LOOP=""

cleanup() {
  local rc=$? m p
  set +e
  # processes still running inside the chroot were started by this script: stop them by PID
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] || continue
    log "stopping leftover chroot process ${p#/proc/} ($(tr '\0' ' ' <"$p/cmdline" 2>/dev/null | cut -c1-80))"
    kill "${p#/proc/}" 2>/dev/null
  done
  for m in dev/pts dev proc sys run; do
    mountpoint -q "$ROOT/$m" && umount "$ROOT/$m"
  done
  mountpoint -q "$ROOT" && umount "$ROOT"
  if [ -n "$LOOP" ]; then
    partx -d "$LOOP" >/dev/null 2>&1
    losetup -d "$LOOP" && log "detached $LOOP"
  fi
  if [ "$KEEP_WORK" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  [ $rc = 0 ] || log "FAILED (exit $rc)"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

START=$(date +%s)
log "mirror $MIRROR, suite $SUITE, disk $DISK_SIZE, output $OUT"

# 1. partitioned raw disk: MBR, one bootable Linux partition from 1 MiB to the end
truncate -s "$DISK_SIZE" "$RAW"
printf 'label: dos\nstart=2048, type=83, bootable\n' | sfdisk -q "$RAW"
LOOP=$(losetup --find --show --partscan "$RAW")
PART=${LOOP}p1
for _ in $(seq 1 50); do [ -b "$PART" ] && break; partx -a "$LOOP" >/dev/null 2>&1 || true; sleep 0.1; done
[ -b "$PART" ] || die "partition device $PART did not appear (loop partition scanning unavailable?)"
log "loop device $LOOP, partition $PART"

# precaution: older syslinux releases could not boot from ext4 with the 64bit feature (not re-tested
# with 6.04); a 2 GiB test disk never needs 64bit block numbers
mkfs.ext4 -q -L debian-root -O ^64bit "$PART"
UUID=$(blkid -s UUID -o value "$PART")
mount "$PART" "$ROOT"

# 2. base system. Only non-Python packages here: debootstrap does not resolve virtual packages, so
#    python3-cryptography (pulled in by cloud-init) fails to configure without python3-cffi-backend
#    (virtual python3-cffi-backend-api-min). apt-get inside the chroot resolves those properly.
log "debootstrap (minbase)"
debootstrap --variant=minbase --components=main \
  --include=systemd-sysv,udev,dbus,kmod,e2fsprogs,ca-certificates \
  "$SUITE" "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
  || { tail -30 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }

mount -t proc proc "$ROOT/proc"
mount -t sysfs sysfs "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount -t devpts devpts "$ROOT/dev/pts" -o newinstance,ptmxmode=0666
mount -t tmpfs tmpfs "$ROOT/run"
in_root() { LC_ALL=C DEBIAN_FRONTEND=noninteractive chroot "$ROOT" "$@"; }

printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"; chmod 755 "$ROOT/usr/sbin/policy-rc.d"
cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
EOF
[ -z "$SECURITY_MIRROR" ] || echo "deb $SECURITY_MIRROR $SUITE-security main" >>"$ROOT/etc/apt/sources.list"
cat >"$ROOT/etc/apt/apt.conf.d/90test-image" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF

log "apt-get install (kernel, boot loader, cloud-init, ssh, guest agent, netplan)"
in_root apt-get -q update >"$WORK/apt.log" 2>&1
if ! in_root apt-get -q -y install \
      linux-image-cloud-amd64 extlinux syslinux-common \
      cloud-init cloud-guest-utils openssh-server qemu-guest-agent \
      iproute2 iputils-ping sudo netplan.io python3-cffi-backend \
      less procps nftables >>"$WORK/apt.log" 2>&1; then
  # the known debootstrap/python3-cryptography pitfall, in case it shows up here too
  in_root apt-get -q -y install python3-cffi-backend >>"$WORK/apt.log" 2>&1 || true
  in_root dpkg --configure -a >>"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log" >&2; die "apt-get install failed"; }
fi
# systemd-resolved last: it turns /etc/resolv.conf into a symlink to a stub that does not exist in the
# chroot, after which apt inside the chroot cannot resolve names any more
in_root apt-get -q -y install systemd-resolved >>"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log" >&2; die "systemd-resolved install failed"; }
KVER=$(ls "$ROOT/lib/modules" | sort -V | tail -1)
[ -e "$ROOT/boot/vmlinuz-$KVER" ] && [ -e "$ROOT/boot/initrd.img-$KVER" ] || die "kernel/initrd for $KVER missing"
log "kernel $KVER"

# 3. configuration
cat >"$ROOT/etc/fstab" <<EOF
UUID=$UUID / ext4 defaults,discard,errors=remount-ro 0 0
EOF
echo localhost >"$ROOT/etc/hostname"
cat >"$ROOT/etc/hosts" <<'EOF'
127.0.0.1 localhost
::1 localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
EOF
cat >"$ROOT/etc/cloud/cloud.cfg.d/90_test-image.cfg" <<'EOF'
# test image: only the NoCloud seed (cdrom/disk labelled "cidata") and the None fallback
datasource_list: [ NoCloud, None ]
# network-config v2 goes to netplan, which renders systemd-networkd units
system_info:
  network:
    renderers: [ netplan, networkd ]
# C.UTF-8 needs no locale-gen at first boot (slow under TCG)
locale: C.UTF-8
grub_dpkg:
  enabled: false
# an RSA host key takes many seconds to generate under TCG
ssh_genkeytypes: [ ed25519, ecdsa ]
EOF
in_root systemctl enable systemd-networkd.service systemd-resolved.service >/dev/null 2>&1
# nothing a test guest needs, and each costs CPU time at boot under TCG
in_root systemctl mask e2scrub_reap.service e2scrub_all.timer apt-daily.timer apt-daily-upgrade.timer \
  dpkg-db-backup.timer fstrim.timer >/dev/null 2>&1
# networkd-wait-online would wait for every managed link; cloud-init only needs one to be up
mkdir -p "$ROOT/etc/systemd/system/systemd-networkd-wait-online.service.d"
cat >"$ROOT/etc/systemd/system/systemd-networkd-wait-online.service.d/any.conf" <<'EOF'
[Service]
ExecStart=
ExecStart=/lib/systemd/systemd-networkd-wait-online --any --timeout=60
EOF

# per-instance identity is created at first boot
: >"$ROOT/etc/machine-id"
rm -f "$ROOT/var/lib/dbus/machine-id" && ln -s /etc/machine-id "$ROOT/var/lib/dbus/machine-id"
rm -f "$ROOT"/etc/ssh/ssh_host_* "$ROOT/var/lib/systemd/random-seed"
rm -rf "$ROOT/var/lib/cloud"/*

# 4. boot loader: extlinux in the partition boot record, syslinux mbr.bin in the MBR
mkdir -p "$ROOT/boot/extlinux"
cat >"$ROOT/boot/extlinux/extlinux.conf" <<EOF
SERIAL 0 115200
DEFAULT debian
PROMPT 0
TIMEOUT 1
LABEL debian
  LINUX /vmlinuz
  INITRD /initrd.img
  APPEND root=UUID=$UUID ro console=tty0 console=ttyS0,115200n8 mitigations=off
EOF
[ -L "$ROOT/vmlinuz" ] && [ -L "$ROOT/initrd.img" ] || die "/vmlinuz and /initrd.img symlinks missing"
in_root extlinux --install /boot/extlinux 2>&1 | grep -v 'unable to obtain device geometry\|usually harmless' >&2 || true
[ -e "$ROOT/boot/extlinux/ldlinux.sys" ] || die "extlinux --install failed"
dd if="$ROOT/usr/lib/EXTLINUX/mbr.bin" of="$LOOP" bs=440 count=1 conv=notrunc status=none

# 5. shrink and finish
in_root dpkg-query -W -f='${Package} ${Version}\n' >"$WORK/manifest.txt"
rm -f "$ROOT/usr/sbin/policy-rc.d" "$ROOT/etc/apt/apt.conf.d/90test-image"
in_root apt-get clean
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/log/*.log "$ROOT"/var/log/apt/* "$ROOT"/tmp/*
for m in dev/pts dev proc sys run; do umount "$ROOT/$m"; done
USED=$(df -h --output=used "$ROOT" | tail -1 | tr -d ' ')
fstrim "$ROOT" || true
umount "$ROOT"
# e2fsck exits 0 (clean) or 1 (errors corrected); 8 with "is in use" means something still holds the
# file system: wait for it to let go (a just-unmounted device can be busy for a moment), then name it
holders_of() {
  local dev=$1 mm p
  mm=$(printf '%d:%d' "0x$(stat -L -c %t "$dev")" "0x$(stat -L -c %T "$dev")")
  for p in /proc/[0-9]*; do
    grep -qs " $mm " "$p/mountinfo" || continue
    printf '  PID %s (%s) has it mounted in mount namespace %s\n' "${p#/proc/}" \
      "$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null | cut -c1-80)" "$(readlink "$p/ns/mnt" 2>/dev/null)"
  done
}
fsck_ok=""
for attempt in 1 2 3 4 5 6; do
  set +e; FSCK_OUT=$(e2fsck -fy "$PART" 2>&1); rc=$?; set -e
  if [ $rc -le 1 ]; then fsck_ok=1; break; fi
  if ! printf '%s' "$FSCK_OUT" | grep -q 'in use'; then break; fi
  log "e2fsck: $PART is in use (attempt $attempt of 6), waiting for it to be released"
  command -v udevadm >/dev/null && udevadm settle >/dev/null 2>&1 || true
  sleep 2
done
if [ -z "$fsck_ok" ]; then
  printf '%s\n' "$FSCK_OUT" >&2
  if printf '%s' "$FSCK_OUT" | grep -q 'in use'; then
    HOLDERS=$(holders_of "$PART")
    die "e2fsck exited $rc: $PART is still in use after 6 tries${HOLDERS:+; held by:
$HOLDERS}"
  fi
  die "e2fsck exited $rc (its output is above)"
fi
partx -d "$LOOP" >/dev/null 2>&1 || true
losetup -d "$LOOP"; log "detached $LOOP"; LOOP=""

log "qemu-img convert (compress=$COMPRESS)"
qemu-img convert -O qcow2 $([ "$COMPRESS" = 1 ] && echo -c) "$RAW" "$OUT.tmp"
mv -f "$OUT.tmp" "$OUT"
cp "$WORK/manifest.txt" "${OUT%.qcow2}.packages.txt"
(cd "$OUTDIR" && sha256sum "$(basename "$OUT")" >"$(basename "$OUT").sha256")
log "done in $(( $(date +%s) - START )) s: $OUT ($(du -h "$OUT" | cut -f1) on disk, virtual $DISK_SIZE, root fs used $USED, kernel $KVER)"
cat "$OUT.sha256"
