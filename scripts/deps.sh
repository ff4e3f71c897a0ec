# Sourced by ./kiln and ./test: makes sure the system tools Kiln drives are installed.
# As root it installs what is missing with apt-get. Otherwise ./test stops with the exact command to run, and ./kiln
# goes on: the CLI names a missing tool when a command needs it, so `kiln --help` or a linuxu run work without QEMU.
kiln_missing_system_tools() {
  local missing=("$@")
  command -v as >/dev/null 2>&1 || missing+=(binutils)
  command -v ld >/dev/null 2>&1 || { [[ " ${missing[*]} " == *" binutils "* ]] || missing+=(binutils); }
  command -v qemu-system-x86_64 >/dev/null 2>&1 || missing+=(qemu-system-x86)
  # The kiln CLI is linked natively (NativeAOT), which needs a C compiler driver and the C library's headers.
  { command -v gcc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1; } || missing+=(gcc libc6-dev)
  echo "${missing[@]}"
}

kiln_install_system_tools() {
  echo "kiln: installing $* with apt-get..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 ||
    { echo "kiln: apt-get install $* failed" >&2; exit 1; }
}

kiln_can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

# For ./test: everything must be there.
kiln_require_system_tools() {
  local missing
  read -r -a missing <<<"$(kiln_missing_system_tools "$@")"
  [ ${#missing[@]} -eq 0 ] && return 0
  if kiln_can_install; then
    kiln_install_system_tools "${missing[@]}"
  else
    echo "kiln: missing system packages: ${missing[*]}" >&2
    echo "  fix: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

# For ./kiln: installs what it can; only a missing C compiler stops it, and only when the CLI must be built.
kiln_offer_system_tools() {
  local missing
  read -r -a missing <<<"$(kiln_missing_system_tools)"
  [ ${#missing[@]} -eq 0 ] && return 0
  if kiln_can_install; then kiln_install_system_tools "${missing[@]}"; fi
}
