#!/bin/sh
# fetch-image.sh: fetch a base image once into a cache keyed by its checksum,
# verify it, and expose it at DEST for the libvirt volume to upload.
# Run by a terraform local-exec provisioner on the machine that runs terraform,
# so it sticks to POSIX sh and tools found on both Linux and macOS.
#
# Environment:
#   IMAGE_URL           http(s)://..., file:///abs/path or /abs/path
#   IMAGE_FILE_NAME     the image's name in the checksum file (needed with CHECKSUM_URL)
#   CHECKSUM_ALGORITHM  sha256 | sha512
#   CHECKSUM            expected hex digest       } at least one; if both
#   CHECKSUM_URL        published checksum file   } are set they must agree
#                       (GNU or BSD format, may be PGP clearsigned)
#   CACHE_DIR           cache directory (created with mode 0755 if missing)
#   DEST                absolute path holding the verified image on success
# Exit status: 0 ok, 1 failure (download, checksum), 2 bad usage.
set -eu

me=fetch-image
die() { echo "$me: $1" >&2; exit "${2:-1}"; }
usage() { die "$1" 2; }

# Temp files live in CACHE_DIR (or beside DEST) so the final mv is an atomic
# rename; whatever goes wrong, none of them may outlive the run.
tmp_image='' tmp_sums='' tmp_dest=''
trap 'rm -f "$tmp_image" "$tmp_sums" "$tmp_dest"' EXIT
# dash skips the EXIT trap when killed by a signal: turn signals into exits.
trap 'exit 1' HUP INT TERM

url=${IMAGE_URL:-} name=${IMAGE_FILE_NAME:-} algo=${CHECKSUM_ALGORITHM:-}
sums_url=${CHECKSUM_URL:-} cache=${CACHE_DIR:-} dest=${DEST:-}
# sha*sum print lowercase; accept digests pasted in uppercase.
want=$(printf '%s' "${CHECKSUM:-}" | tr 'A-F' 'a-f')

[ -n "$url" ] || usage "IMAGE_URL is not set"
[ -n "$cache" ] || usage "CACHE_DIR is not set"
[ -n "$dest" ] || usage "DEST is not set"
case $dest in /*) ;; *) usage "DEST must be an absolute path, got '$dest'" ;; esac
case $algo in
  sha256) hexlen=64 tag=SHA256 ;;
  sha512) hexlen=128 tag=SHA512 ;;
  *) usage "CHECKSUM_ALGORITHM must be sha256 or sha512, got '$algo'" ;;
esac
[ -n "$want$sums_url" ] || usage "set CHECKSUM or CHECKSUM_URL (or both)"
[ -z "$sums_url" ] || [ -n "$name" ] || usage "IMAGE_FILE_NAME is required with CHECKSUM_URL"

check_url() {
  case $2 in http://* | https://* | file:///* | /*) return 0 ;; esac
  usage "$1 must be an http(s):// or file:/// URL or an absolute path, got '$2'"
}
check_url IMAGE_URL "$url"
[ -z "$sums_url" ] || check_url CHECKSUM_URL "$sums_url"

is_digest() {
  case $1 in *[!0-9a-f]*) return 1 ;; esac
  [ "${#1}" -eq "$hexlen" ]
}
[ -z "$want" ] || is_digest "$want" ||
  usage "CHECKSUM must be $hexlen hex digits for $algo, got '${CHECKSUM:-}'"

# Linux has sha256sum/sha512sum, macOS has shasum. Reading stdin keeps odd
# file names from changing the output format.
digest() {
  if command -v "${algo}sum" >/dev/null 2>&1; then out=$("${algo}sum" <"$1")
  elif command -v shasum >/dev/null 2>&1; then out=$(shasum -a "${algo#sha}" <"$1")
  else die "neither ${algo}sum nor shasum is installed"; fi
  echo "${out%% *}"
}

# Local sources are copied, so local mirrors work without a web server.
fetch() {
  case $1 in
    file://*) cp "${1#file://}" "$2" ;;
    /*) cp "$1" "$2" ;;
    *) if command -v curl >/dev/null 2>&1; then curl -fsSL --retry 3 -o "$2" "$1"
      elif command -v wget >/dev/null 2>&1; then wget -nv -O "$2" "$1"
      else die "cannot download $1: install curl or wget"; fi ;;
  esac || die "download failed: $1"
}

# umask rather than mkdir -m, which would only apply to the last component.
[ -d "$cache" ] || (umask 022 && mkdir -p "$cache")

if [ -n "$sums_url" ]; then
  tmp_sums=$(mktemp "$cache/.fetch-image.XXXXXX")
  fetch "$sums_url" "$tmp_sums"
  # Matches are exact string comparisons (no regex built from the name), so
  # dots or brackets in file names are harmless. GNU lines are filtered by
  # digest length and BSD lines by tag, for files that list several algorithms.
  found=$(awk -v tag="$tag" -v len="$hexlen" '
    { sub(/\r$/, ""); sub(/^- /, "") }  # CRLF files; clearsign dash-escaping
    /^-----BEGIN PGP SIGNATURE-----/ { sig = 1 }
    sig { if (/^-----END PGP SIGNATURE-----/) sig = 0; next }
    { sub(/^[ \t]+/, ""); sub(/[ \t]+$/, "") }
    /^#/ || /^-----/ { next }
    {
      f = ENVIRON["IMAGE_FILE_NAME"]; h = $1; b = $NF
      if (($0 == h "  " f || $0 == h " *" f || $0 == h " " f) &&
          h ~ /^[0-9A-Fa-f]+$/ && length(h) == len) { n++; hex = h }
      else if ($0 == tag " (" f ") = " b) { n++; hex = b }
    }
    END { print n + 0, tolower(hex) }' "$tmp_sums")
  count=${found%% *} listed=${found#* }
  case $count in
    1) ;;
    0) die "no $algo checksum for '$name' in $sums_url (check IMAGE_FILE_NAME and CHECKSUM_ALGORITHM)" ;;
    *) die "$count $algo checksums for '$name' in $sums_url, expected exactly one" ;;
  esac
  is_digest "$listed" || die "malformed $algo checksum for '$name' in $sums_url: '$listed'"
  [ -z "$want" ] || [ "$want" = "$listed" ] ||
    die "CHECKSUM is $algo $want but $sums_url lists $listed for '$name'"
  want=$listed
fi

# Keyed by digest, not by URL: a changed upstream image gets a new entry, and
# the same image under two names is stored once.
canon=$cache/$algo-$want
result="cache miss: fetched $url"
if [ -f "$canon" ]; then
  have=$(digest "$canon")
  if [ "$have" = "$want" ]; then
    result="cache hit"
  else
    echo "$me: cached $canon is corrupt (got $algo $have), fetching it again" >&2
    rm -f "$canon"
  fi
fi

if [ "$result" != "cache hit" ]; then
  tmp_image=$(mktemp "$cache/.fetch-image.XXXXXX")
  fetch "$url" "$tmp_image"
  have=$(digest "$tmp_image")
  [ "$have" = "$want" ] ||
    die "checksum mismatch for $url: expected $algo $want, got $have; the download is corrupt or the image changed upstream: check the URL and checksum of this image"
  # mktemp makes 0600 files; the cache is shared like the directory (0755).
  chmod 0644 "$tmp_image"
  # Concurrent runs each verify their own temp file, then rename: the last
  # rename wins and every version of the canonical file is complete and valid.
  mv -f "$tmp_image" "$canon"
  tmp_image=''
fi

# A hard link exposes the cached bytes at DEST without copying them (GNU ln -f
# replaces DEST atomically). Linking fails across filesystems: then copy to a
# temp file beside DEST and rename, so DEST is never seen half-written.
if [ "$dest" != "$canon" ]; then
  dest_dir=$(dirname "$dest")
  mkdir -p "$dest_dir"
  if ! ln -f "$canon" "$dest" 2>/dev/null; then
    tmp_dest=$(mktemp "$dest_dir/.fetch-image.XXXXXX")
    cp "$canon" "$tmp_dest"
    chmod 0644 "$tmp_dest"
    mv -f "$tmp_dest" "$dest"
    tmp_dest=''
  fi
fi

echo "$me: $result: $dest is $algo $want"
