#!/usr/bin/env bash
# Installs the Debian package with apt as a user would, checks what the install left, starts the lab from it, then
# purges it and checks that nothing is left. As root, on a Debian or Ubuntu machine without Socket Lab installed:
#
#   bash jlink/deb/install-check.sh target/installer/socketlab_1.0.0_amd64.deb
#
# Uses tcpdump and ping (a small capture on lo to open), xvfb-run (the window), and desktop-file-validate when the
# desktop-file-utils package is installed. Prints each check; exits 1 at the first that fails.
set -uo pipefail

deb=${1:?usage: install-check.sh PATH/socketlab_VERSION_ARCH.deb}
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive

pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; exit 1; }
check() { local what=$1; shift; if "$@" >"$work/out" 2>&1; then pass "$what"; else cat "$work/out"; fail "$what"; fi; }

if dpkg -s socketlab >/dev/null 2>&1; then
  fail "socketlab is already installed here; remove it first (apt-get purge socketlab)"
fi
if [ -d /etc/xdg/menus ]; then
  echo "note  /etc/xdg/menus exists here: this machine has a menu system"
else
  echo "note  /etc/xdg/menus does not exist here: no menu system, where jpackage's own package fails to configure"
fi

echo "--- apt-get install -y $deb"
apt-get install -y "$deb" >"$work/install.log" 2>&1
rc=$?
grep -E 'socketlab|Setting up|Processing triggers|rror|warning' "$work/install.log" | grep -v '^Get:'
[ $rc -eq 0 ] || fail "apt-get install exited $rc"
pass "apt-get install exited 0"

status=$(dpkg-query -W -f='${Status}' socketlab)
[ "$status" = "install ok installed" ] || fail "dpkg says: $status"
pass "dpkg -s socketlab: Status: $status"

entry=/usr/share/applications/socketlab.desktop
check "$entry is installed" test -f "$entry"
check "its Name is Socket Lab" grep -qx 'Name=Socket Lab' "$entry"
check "it opens pcap and pcapng" grep -qx 'MimeType=application/vnd.tcpdump.pcap;application/x-pcapng;' "$entry"
if command -v desktop-file-validate >/dev/null; then
  check "desktop-file-validate $entry" sh -c "[ -z \"\$(desktop-file-validate $entry 2>&1)\" ]"
fi
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  check "the desktop database lists it for pcapng" grep -q '^application/x-pcapng=.*socketlab.desktop' \
    /usr/share/applications/mimeinfo.cache
fi
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256; do
  check "icon $size" test -f /usr/share/icons/hicolor/$size/apps/socketlab.png
done
check "MIME type for pcapng" test -f /usr/share/mime/packages/socketlab.xml
check "the image's AOT cache is installed" test -f /opt/socketlab/lib/app/socketlab.aot
check "JavaFX's natives are in the runtime" test -f /opt/socketlab/lib/runtime/lib/libglass.so
check "socketlab is on the PATH" test "$(command -v socketlab)" = /usr/bin/socketlab

echo "--- a capture of two pings on lo, decoded by the installed lab"
timeout 20 tcpdump -i lo -U -c 4 -w "$work/ping.pcap" icmp >/dev/null 2>&1 &
sleep 2
ping -c 2 -i 0.2 127.0.0.1 >/dev/null
wait
socketlab decode "$work/ping.pcap" --format summary | tee "$work/decoded"
[ "$(wc -l <"$work/decoded")" -eq 4 ] || fail "socketlab decode printed $(wc -l <"$work/decoded") lines, not 4"
pass "socketlab decode ran from the package"

echo "--- the desktop entry's command with the capture file, as a double-click runs it (xvfb)"
exec_line=$(sed -n 's/^Exec=//p' "$entry")
# The window closes itself at its first frame (the build's training-run switch).
JAVA_TOOL_OPTIONS=-Dsocketlab.firstFrame=exit timeout 120 xvfb-run -a \
  ${exec_line/\%f/$work/ping.pcap} >"$work/window.out" 2>"$work/window.err"
rc=$?
cat "$work/window.out"
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/window.err"
[ $rc -eq 0 ] && grep -q '^first frame at ' "$work/window.out" || fail "the window did not open (exit $rc)"
pass "the window opened on the file and drew its first frame"
# A file manager that recognised a capture by its first bytes passes it whatever its name.
cp "$work/ping.pcap" "$work/ping-capture"
JAVA_TOOL_OPTIONS=-Dsocketlab.firstFrame=exit timeout 120 xvfb-run -a \
  ${exec_line/\%f/$work/ping-capture} >"$work/window.out" 2>"$work/window.err"
rc=$?
[ $rc -eq 0 ] && grep -q '^first frame at ' "$work/window.out" || fail "the window did not open on ping-capture (exit $rc)"
pass "the window opened on a capture file without an extension too"

echo "--- apt-get purge -y socketlab"
apt-get purge -y socketlab >"$work/purge.log" 2>&1
rc=$?
grep -E 'socketlab|Processing triggers|rror|warning' "$work/purge.log"
[ $rc -eq 0 ] || fail "apt-get purge exited $rc"
pass "apt-get purge exited 0"
if dpkg -s socketlab >/dev/null 2>&1; then
  fail "dpkg still knows socketlab: $(dpkg-query -W -f='${Status}' socketlab)"
fi
pass "dpkg -s socketlab: package 'socketlab' is not installed"
for f in /opt/socketlab /usr/bin/socketlab "$entry" /usr/share/mime/packages/socketlab.xml \
  /usr/share/icons/hicolor/48x48/apps/socketlab.png; do
  [ -e "$f" ] || [ -L "$f" ] && fail "$f is still there"
done
pass "no file of the package is left"
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  check "the desktop database no longer lists it" sh -c '! grep -q socketlab.desktop /usr/share/applications/mimeinfo.cache'
fi
echo "all checks passed"
