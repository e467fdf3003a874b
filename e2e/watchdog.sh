#!/bin/sh
# watchdog.sh TEST_PID NETNS STATE_DIR
#
# Started (detached) by the e2e tier's sandbox when it starts libvirtd. It waits for the test
# process to end. A sandbox that stopped normally writes STATE_DIR/stopped first and ends this
# watchdog by its PID; if the test process ends any other way (killed by a CI timeout, ^C), this
# undoes what the run created: the libvirt objects listed in STATE_DIR/journal (newest first; a
# pool directory the run created is removed when empty; a lab's scratch folder is removed; a device
# whose group and mode the run changed gets them back),
# then libvirtd and virtlogd (their PID files are in STATE_DIR), then every process left in the
# run's network namespace (ip netns pids), then the namespace, then the run's own libvirt folders
# (/var/lib/cdktf-libvirt-e2e/run-PID). Its log is STATE_DIR/watchdog.log.
set -u
parent=$1 netns=$2 dir=$3

while kill -0 "$parent" 2>/dev/null; do sleep 1; done
[ -e "$dir/stopped" ] && exit 0

exec >>"$dir/watchdog.log" 2>&1
echo "$(date +%T) test process $parent ended without stopping its sandbox: cleaning up"
virsh_() { virsh -q -c qemu:///system "$@" 2>&1 | sed 's/^/  virsh: /'; }
if [ -f "$dir/journal" ]; then
  tac "$dir/journal" | while read -r kind a b c; do
    echo "undoing $kind $a ${b:-} ${c:-}"
    case $kind in
      domain) virsh_ destroy "$a"; virsh_ undefine "$a" --nvram ;;
      volume) virsh_ vol-delete --pool "$a" "$b" ;;
      network) virsh_ net-destroy "$a"; virsh_ net-undefine "$a" ;;
      pool) virsh_ pool-destroy "$a"; virsh_ pool-undefine "$a" ;;
      pooldir) rmdir "$a" ;;
      # a lab's scratch folder (seed ISOs, state, keys); only ever one the tier made
      scratch) case $a in */cdktf-libvirt-e2e-*) rm -rf "$a" ;; *) echo "  not a scratch folder of the tier: $a" ;; esac ;;
      devperm) chgrp "$c" "$a" && chmod "$b" "$a" ;;
    esac
  done
fi
for daemon in libvirtd virtlogd; do
  pid=$(cat "$dir/$daemon.pid" 2>/dev/null) || continue
  echo "stopping $daemon (PID $pid)"
  kill "$pid" 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null
done
# libvirtd's runtime folder, when the run's libvirtd made it (journal entry "runtimedir PATH")
runtime=$(sed -n 's/^runtimedir \(\/run\/libvirt\)$/\1/p' "$dir/journal" 2>/dev/null)
[ -z "$runtime" ] || { rm -rf "$runtime" && echo "removed $runtime"; }
for pid in $(ip netns pids "$netns" 2>/dev/null); do
  echo "ending process $pid in $netns: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-100)"
  kill -9 "$pid" 2>/dev/null
done
ip netns del "$netns" && echo "deleted network namespace $netns"
# the run's own libvirt folders (journal entry "root PATH"), once nothing runs that has them mounted
sed -n 's/^root //p' "$dir/journal" 2>/dev/null | while read -r root; do
  case $root in
    */cdktf-libvirt-e2e/run-[0-9]*) rm -rf "$root" && echo "removed $root" ;;
    *) echo "  not a run folder of the tier: $root" ;;
  esac
done
echo "$(date +%T) done"
