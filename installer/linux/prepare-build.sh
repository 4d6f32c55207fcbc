#!/usr/bin/env bash
# Installs the Debian tools that `jpackage --type deb` runs (fakeroot, dpkg-deb, objcopy), when one is missing.
# Run once as root on a Debian/Ubuntu build machine before `./mvnw -Pinstaller verify`; the app-image alone
# (-Dinstaller.type=app-image, as CI builds it) needs none of them.
set -euo pipefail
missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
command -v objcopy >/dev/null || missing+=(binutils)
if [ ${#missing[@]} -eq 0 ]; then
  echo "fakeroot, dpkg-deb, dpkg-shlibdeps and objcopy are there."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing: ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
