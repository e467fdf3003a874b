#!/bin/bash
# derive-test-image.sh SOURCE.qcow2 OUTPUT.qcow2 LABEL
#
# A second release of the test image, for the real-libvirt tier's "new base image" change: the same
# Debian 12 image (e2e/build-test-image.sh) with one more file, /etc/cdktf-test-image, holding LABEL.
# A machine created from it says which image it was created from; one created from the source image
# has no such file. The image's content differs, and with it its sha256.
#
# Needs root, loop devices with partition scanning, and qemu-img. It runs in a mount namespace of its
# own (nobody else sees the mount) and removes its loop device and scratch files on exit.
set -euo pipefail

SRC=${1:?usage: $0 SOURCE.qcow2 OUTPUT.qcow2 LABEL}
OUT=${2:?usage: $0 SOURCE.qcow2 OUTPUT.qcow2 LABEL}
LABEL=${3:?usage: $0 SOURCE.qcow2 OUTPUT.qcow2 LABEL}
if [ -z "${DERIVE_TEST_IMAGE_NS:-}" ] && command -v unshare >/dev/null; then
  DERIVE_TEST_IMAGE_NS=1 exec unshare --mount --propagation private -- "$BASH" "$0" "$@"
fi
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
[ "$(id -u)" = 0 ] || die "must run as root (losetup, mount)"
for c in qemu-img losetup partx mount umount sha256sum; do command -v "$c" >/dev/null || die "missing $c"; done
case $LABEL in *[!A-Za-z0-9._-]*|'') die "LABEL must be letters, digits, '.', '_' or '-'" ;; esac

mkdir -p "$(dirname "$OUT")"
WORK=$(mktemp -d "$(dirname "$OUT")/.derive-test-image.XXXXXX")
LOOP=""
cleanup() {
  local rc=$?
  set +e
  mountpoint -q "$WORK/root" && umount "$WORK/root"
  if [ -n "$LOOP" ]; then partx -d "$LOOP" >/dev/null 2>&1; losetup -d "$LOOP"; fi
  rm -rf "$WORK"
  [ $rc = 0 ] || log "FAILED (exit $rc)"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "raw copy of $SRC"
qemu-img convert -O raw "$SRC" "$WORK/disk.raw"
LOOP=$(losetup --find --show --partscan "$WORK/disk.raw")
for _ in $(seq 1 50); do [ -b "${LOOP}p1" ] && break; partx -a "$LOOP" >/dev/null 2>&1 || true; sleep 0.1; done
[ -b "${LOOP}p1" ] || die "partition device ${LOOP}p1 did not appear"
mkdir "$WORK/root"
mount "${LOOP}p1" "$WORK/root"
printf '%s\n' "$LABEL" > "$WORK/root/etc/cdktf-test-image"
umount "$WORK/root"
partx -d "$LOOP" >/dev/null 2>&1 || true
losetup -d "$LOOP"; LOOP=""
log "qcow2 of the changed disk"
qemu-img convert -O qcow2 "$WORK/disk.raw" "$OUT.tmp"
mv -f "$OUT.tmp" "$OUT"
(cd "$(dirname "$OUT")" && sha256sum "$(basename "$OUT")" > "$(basename "$OUT").sha256")
log "done: $OUT ($(du -h "$OUT" | cut -f1)), /etc/cdktf-test-image = $LABEL"
