# Sourced by ./kiln and ./test: makes sure the system tools Kiln drives are installed.
# As root it installs them with apt-get; otherwise it prints the exact command and stops.
kiln_require_system_tools() {
  local missing=("$@")
  command -v as >/dev/null 2>&1 || missing+=(binutils)
  command -v ld >/dev/null 2>&1 || { [[ " ${missing[*]} " == *" binutils "* ]] || missing+=(binutils); }
  command -v qemu-system-x86_64 >/dev/null 2>&1 || missing+=(qemu-system-x86)
  # The kiln CLI is linked natively (NativeAOT), which needs a C compiler driver and the C library's headers.
  { command -v gcc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1; } || missing+=(gcc libc6-dev)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "kiln: installing ${missing[*]} with apt-get..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
      { echo "kiln: apt-get install ${missing[*]} failed" >&2; exit 1; }
  else
    echo "kiln: missing system packages: ${missing[*]}" >&2
    echo "  fix: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}
