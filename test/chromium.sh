#!/bin/bash
# Debian's Chromium with every --disable-features=… on its command line joined into one. Chromium
# reads only the last of them, and Playwright passes its own list (features its driving depends on)
# before the arguments of test/chromium.js, which would otherwise replace that list.
disabled=()
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) disabled+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if ((${#disabled[@]})); then
  IFS=,
  args+=("--disable-features=${disabled[*]}")
fi
exec /usr/bin/chromium "${args[@]}"
