#!/usr/bin/env bash
# Boot bench (not a test): whole-process wall time of `kiln run examples/hello` on QEMU microvm and on
# linuxu, beside a minimal Linux microVM on the same QEMU, measured in one run; plus image sizes, the
# smallest --mem that still runs hello, and build times. Prints a Markdown report.
# Usage: bench/boot.sh [runs]   (default 7; the median is reported)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=${1:-7}
cd "$root"
cache="$root/bench/.cache"
mkdir -p "$cache"

# Each run is bounded: a guest that hangs is left out of the median and counted (in $hangs), not waited for.
hangs="$cache/hangs"
: > "$hangs"
ms() {
  local s e rc=0
  s=$(date +%s%N); timeout 60 "$@" </dev/null >/dev/null 2>&1 || rc=$?; e=$(date +%s%N)
  if [ $rc -eq 124 ]; then echo "kiln boot bench: hung (killed after 60 s): $*" >&2; echo "$*" >> "$hangs"; return; fi
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
time_median() { local i; for ((i = 0; i < runs; i++)); do ms "$@"; done | median; }

echo "kiln boot bench: preparing (builds are not timed here)..." >&2
./kiln build examples/hello --plat kvm >/dev/null 2>&1
./kiln build examples/hello --plat linuxu >/dev/null 2>&1
[ -x "$cache/linux/run" ] || ACCEL=tcg "$root/../shared/tools/linux-baseline" "$cache/linux" >&2
kvm_image=examples/hello/.kiln/build/kvm-x86_64/hello
linuxu_image=examples/hello/.kiln/build/linuxu-x86_64/hello
probe="$HOME/.cache/kiln/kvm-probe-image/probe"
accel=$(./kiln run examples/hello -v 2>&1 >/dev/null | sed -n 's/^kiln: accel \([a-z]*\):.*/\1/p')

echo "kiln boot bench: timing, $runs runs each..." >&2
t_kvm=$(time_median ./kiln run examples/hello)
t_linuxu=$(time_median ./kiln run examples/hello --plat linuxu)
t_linux=$(time_median "$cache/linux/run")
t_qemu_image=$(time_median qemu-system-x86_64 -M microvm -accel tcg -cpu max -m 64M -nodefaults -no-reboot -display none \
  -serial stdio -device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel "$kvm_image" -append hello)
t_qemu_floor=$(time_median qemu-system-x86_64 -M microvm -accel tcg -cpu max -m 16M -nodefaults -no-reboot -display none \
  -serial none -device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel "$probe")
t_qemu_version=$(time_median qemu-system-x86_64 -version)
t_noop=$(time_median ./kiln build examples/hello)

echo "kiln boot bench: smallest --mem..." >&2
lo=2; hi=64
until ./kiln run examples/hello --mem ${hi}M >/dev/null 2>&1; do hi=$((hi * 2)); done
while [ $lo -lt $hi ]; do
  mid=$(( (lo + hi) / 2 ))
  if ./kiln run examples/hello --mem ${mid}M >/dev/null 2>&1; then hi=$mid; else lo=$((mid + 1)); fi
done
min_mem=$hi
heap_lo=1; heap_hi=65536
while [ $heap_lo -lt $heap_hi ]; do
  mid=$(( (heap_lo + heap_hi) / 2 ))
  if KILN_MEM=${mid}K "$linuxu_image" >/dev/null 2>&1; then heap_hi=$mid; else heap_lo=$((mid + 1)); fi
done

kvm_size=$(stat -c %s "$kvm_image")
linuxu_size=$(stat -c %s "$linuxu_image")

echo "kiln boot bench: clean build..." >&2
rm -rf examples/hello/.kiln
s=$(date +%s%N); ./kiln build examples/hello >/dev/null 2>&1; e=$(date +%s%N)
t_clean=$(( (e - s) / 1000000 ))

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
cat <<MD
## Boot bench — $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1);
$(qemu-system-x86_64 --version | head -1); kvm accelerator chosen by \`--accel auto\`: ${accel:-?}. Median of $runs runs, whole process wall time.

| what | median | vs Linux microVM |
| --- | ---: | ---: |
| \`./kiln run examples/hello\` (QEMU microvm, $accel) | ${t_kvm} ms | $(ratio "$t_kvm" "$t_linux")× |
| \`./kiln run examples/hello --plat linuxu\` | ${t_linuxu} ms | $(ratio "$t_linuxu" "$t_linux")× |
| minimal Linux microVM (Debian cloud kernel + static init, same QEMU) | ${t_linux} ms | 1× |
| the hello image under QEMU directly (no kiln CLI) | ${t_qemu_image} ms | $(ratio "$t_qemu_image" "$t_linux")× |
| QEMU floor: a 10-instruction probe guest under QEMU directly | ${t_qemu_floor} ms | $(ratio "$t_qemu_floor" "$t_linux")× |
| \`qemu-system-x86_64 -version\` (process start only) | ${t_qemu_version} ms | $(ratio "$t_qemu_version" "$t_linux")× |

| figure | value |
| --- | ---: |
| hello image, kvm | ${kvm_size} bytes |
| hello image, linuxu | ${linuxu_size} bytes |
| smallest \`--mem\` that runs hello on kvm | ${min_mem} MiB |
| smallest linuxu heap (\`KILN_MEM\`) that runs hello | ${heap_hi} KiB |
| no-op rebuild (\`./kiln build examples/hello\`) | ${t_noop} ms |
| clean build of hello (warm NuGet cache) | ${t_clean} ms |

Runs that hung and were killed after 60 s (left out of the medians): $(wc -l < "$hangs")$(sort "$hangs" | uniq -c | sed 's/^ *\([0-9]*\) \(.*\)/; \1× \2/' | tr -d '\n').
MD
