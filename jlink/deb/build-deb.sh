#!/usr/bin/env bash
# Builds the Debian package from the finished application image (target/image: with its AOT cache and JavaFX's
# native libraries in the runtime), so the installed lab starts exactly as the image does.
#
#   bash jlink/deb/build-deb.sh IMAGE_DIR VERSION OUT_DIR
#
# Writes OUT_DIR/socketlab_VERSION_ARCH.deb and prints its path. Needs dpkg-deb (Debian's dpkg) only.
#
# The package holds /opt/socketlab (the image), /usr/bin/socketlab (a link to its launcher), the desktop entry, the
# icon in every hicolor size and a MIME type for pcapng. Menus, icon and MIME caches are refreshed by the dpkg
# triggers of desktop-file-utils, hicolor-icon-theme and shared-mime-info where those are installed; no maintainer
# script runs a desktop tool, so nothing about menus can fail an install (jpackage's own deb runs
# `xdg-desktop-menu install`, which exits 3 where there is no menu directory and leaves the package half-configured).
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: build-deb.sh IMAGE_DIR VERSION OUT_DIR" >&2
  exit 2
fi
image=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -x "$image/bin/socketlab" ]; then
  echo "build-deb.sh: $image is not a Socket Lab image (no bin/socketlab); build it first with mvn -B package" >&2
  exit 1
fi
command -v dpkg-deb >/dev/null || { echo "build-deb.sh: dpkg-deb is missing (apt-get install dpkg)" >&2; exit 1; }

arch=$(dpkg --print-architecture)
mkdir -p "$out"
out=$(cd "$out" && pwd)
root="$out/socketlab_${version}_${arch}"
rm -rf "$root"
umask 022

mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" "$root/DEBIAN"
cp -a "$image" "$root/opt/socketlab"
chmod -R u+rwX,go+rX,go-w "$root/opt/socketlab"
ln -s /opt/socketlab/bin/socketlab "$root/usr/bin/socketlab"
install -m 644 "$here/socketlab.desktop" "$root/usr/share/applications/socketlab.desktop"
install -m 644 "$here/socketlab-mime.xml" "$root/usr/share/mime/packages/socketlab.xml"
for dir in "$here"/icons/*x*; do
  size=$(basename "$dir")
  install -D -m 644 "$dir/socketlab.png" "$root/usr/share/icons/hicolor/$size/apps/socketlab.png"
done

# Installed-Size is in KiB, as dpkg counts it (the DEBIAN folder is not installed).
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size/" "$here/control" \
  > "$root/DEBIAN/control"
install -m 755 "$here/prerm" "$root/DEBIAN/prerm"

deb="$out/socketlab_${version}_${arch}.deb"
rm -f "$deb"
# gzip at its usual level 6 (dpkg-deb would use 9): within a tenth of xz's size for this mostly compressed content
# (jars, a jimage, an AOT cache) and many times faster to build; every dpkg can read it.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
rm -rf "$root"
echo "$deb"
