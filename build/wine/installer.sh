#!/usr/bin/env bash
# The NSIS installer on a fresh Windows "PC" (a new Wine prefix each time), built from the
# Windows bundle: a silent per-user install (what an officer without rights gets) and a
# silent per-machine one (an administrator's), each with the installed program's self-test,
# its `.kh14` file type, shortcuts and uninstall entry, then the uninstall command that
# Windows' "Apps" list runs: the program, file type, shortcuts and entry go, the data stays.
# Called by build/ci-windows.sh after build/wine/env.sh prepared Wine; prints one
# "SUMMARY ..." line per check and exits 1 if any failed.
#     bash build/wine/installer.sh BUNDLE_FOLDER WORK_FOLDER
set -uo pipefail
source "$(dirname "$0")/env.sh"
BUNDLE=${1:?usage: installer.sh BUNDLE_FOLDER WORK_FOLDER}
WORK=${2:?usage: installer.sh BUNDLE_FOLDER WORK_FOLDER}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$WORK"
mkdir -p "$WORK"
failed=0
ok() { echo "SUMMARY ok    $*"; }
fail() { echo "SUMMARY FAIL  $*"; failed=1; }
expect() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

setup=$WORK/kh14-desktop-setup.exe
started=$SECONDS
(cd "$ROOT" && makensis -V2 -DDIST_DIR="$BUNDLE" -DOUT_FILE="$setup" build/kh14.nsi) || fail "makensis"
size=$(stat -c %s "$setup" 2>/dev/null || echo 0)
expect "installer built in $((SECONDS - started)) s: $(awk -v b="$size" 'BEGIN { printf "%.1f MB", b / 1e6 }') (limit 60)" \
  test "$size" -gt 0 -a "$size" -lt 60000000

# reg_value KEY [VALUE]: the data of a registry value ("" for the default one), or nothing
reg_value() {
  local key=$1 name=${2:-}
  if [ -z "$name" ]; then wrun reg query "$key" /ve; else wrun reg query "$key" /v "$name"; fi \
    | tr -d '\r' | sed -n 's/^ *[^ ].*  *REG_[A-Z_]*  *//p' | head -1
}
absent() { ! wrun reg query "$1" >/dev/null 2>&1; }

# try_mode NAME INSTALL_SWITCH ROOT_KEY [UNINSTALL_ARGS]: one install and uninstall on a
# fresh PC; the uninstall runs Windows' "Apps" list's command, or uninstall.exe with the
# arguments given (as when it is double-clicked in the program's folder)
try_mode() {
  local mode=$1 switch=$2 hive=$3 uninstall_args=${4:-}
  export WINEPREFIX=$WORK/pc-$mode
  kh14_new_prefix "$WINEPREFIX"
  local uninstall_key="$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KH14Desktop"
  wrun "$setup" "$switch" /S
  expect "$mode: silent install ($switch /S) exits 0" test "$?" = 0
  wineserver -w
  local folder
  folder=$(reg_value "$uninstall_key" InstallLocation)
  local unix_folder
  unix_folder=$(winepath -u "$folder" 2>/dev/null)
  expect "$mode: installed into $folder" test -n "$folder" -a -f "$unix_folder/kh14-desktop.exe"
  expect "$mode: the installed program's self-test passes" \
    wrun "$folder\\kh14-desktop.exe" --self-test
  expect "$mode: .kh14 is KH14Desktop.Report in $hive" \
    test "$(reg_value "$hive\\Software\\Classes\\.kh14")" = "KH14Desktop.Report"
  local command
  command=$(reg_value "$hive\\Software\\Classes\\KH14Desktop.Report\\shell\\open\\command")
  expect "$mode: a double-click opens \"$folder\\kh14-desktop.exe\" \"%1\"" \
    test "$command" = "\"$folder\\kh14-desktop.exe\" \"%1\""
  local links
  links=$(find "$WINEPREFIX/drive_c" -iname 'KH14 - Báo cáo thực hiện kế hoạch.lnk' | wc -l)
  expect "$mode: Start menu and desktop shortcuts ($links)" test "$links" = 2
  # the office's data, where an installed program keeps it (%LOCALAPPDATA%\KH14)
  wrun "$folder\\kh14.exe" setup --unit h-van-yen >/dev/null
  local data
  data=$(find "$WINEPREFIX/drive_c/users" -name kh14.sqlite3 | head -1)
  expect "$mode: the program keeps its data in $(dirname "${data:-?}" | sed "s|$WINEPREFIX/||")" \
    test -n "$data"
  # what Windows' "Apps" list runs
  local quiet
  quiet=$(reg_value "$uninstall_key" QuietUninstallString)
  expect "$mode: uninstall entry in $hive: $quiet" test -n "$quiet"
  if [ -n "$uninstall_args" ]; then
    set -- "$folder\\uninstall.exe" $uninstall_args
  else
    eval "set -- $(echo "$quiet" | sed 's/\\/\\\\/g')"
  fi
  wrun "$@"
  wineserver -w  # the uninstaller runs on as a copy of itself in %TEMP%
  expect "$mode: uninstall removes the program" test ! -e "$unix_folder/kh14-desktop.exe" -a ! -e "$unix_folder/_internal"
  expect "$mode: uninstall releases .kh14 in $hive" absent "$hive\\Software\\Classes\\.kh14"
  expect "$mode: Explorer's view (HKCR) knows no .kh14 after it" absent "HKCR\\.kh14"
  expect "$mode: uninstall removes KH14Desktop.Report" absent "$hive\\Software\\Classes\\KH14Desktop.Report"
  expect "$mode: uninstall removes its entry" absent "$uninstall_key"
  links=$(find "$WINEPREFIX/drive_c" -iname 'KH14 - Báo cáo thực hiện kế hoạch.lnk' | wc -l)
  expect "$mode: uninstall removes the shortcuts" test "$links" = 0
  expect "$mode: uninstall keeps the data" test -f "$data"
  wineserver -k
}

try_mode per-user /CurrentUser HKCU
try_mode per-machine /AllUsers HKLM
try_mode per-machine-plain-uninstall /AllUsers HKLM /S
exit $failed
