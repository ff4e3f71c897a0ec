#!/usr/bin/env bash
# Kernel-core bench (not a test), side by side in one run: allocation throughput and collection pauses with 1, 8
# and 64 MiB live, and the cost of a thread hand-off (Monitor ping-pong, plain and with a thread static in use), each
# as a Kiln linuxu image and as the very same Program.cs on .NET; and the hello image's boot time now against the
# foundation's (commit 33acb4f) under the same QEMU. Prints a Markdown report.
# Usage: bench/kernel.sh [runs]   (default 3; medians are reported)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=${1:-3}
cd "$root"
cache="$root/bench/.cache"
mkdir -p "$cache/dotnet"
foundation=33acb4f

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "kiln kernel bench: building (not timed)..." >&2
for p in gcbench pingpong pingpong-tls; do
  ./kiln build "bench/programs/$p" >/dev/null 2>&1
  mkdir -p "$cache/dotnet/$p"
  src=$p defines=""
  if [ "$p" = pingpong-tls ]; then src=pingpong defines=THREAD_STATICS; fi
  cat > "$cache/dotnet/$p/$p.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>disable</ImplicitUsings><Nullable>disable</Nullable><InvariantGlobalization>true</InvariantGlobalization>
    <DefineConstants>\$(DefineConstants);$defines</DefineConstants>
  </PropertyGroup>
  <ItemGroup><Compile Include="$root/bench/programs/$src/Program.cs" /></ItemGroup>
</Project>
XML
  (cd "$cache/dotnet/$p" && dotnet build -c Release -o out -nologo -v:q >/dev/null)
done
./kiln build examples/hello --plat kvm >/dev/null 2>&1
if [ ! -f "$cache/foundation/examples/hello/.kiln/build/kvm-x86_64/hello" ]; then
  rm -rf "$cache/foundation"
  git worktree prune
  git worktree add --detach "$cache/foundation" "$foundation" >/dev/null 2>&1
  (cd "$cache/foundation" && ./kiln build examples/hello --plat kvm >/dev/null 2>&1)
fi

# field N of the program's one output line, median over the runs
field_median() {
  local field=$1; shift
  for ((i = 0; i < runs; i++)); do "$@" | tr -d ',' | awk -v f="$field" '{print $f}'; done | median
}
gc_row() {
  local live=$1 churn=$2 mem=$(( 3 * $1 + 64 ))M
  local kiln=(env KILN_MEM=$mem bench/programs/gcbench/.kiln/build/linuxu-x86_64/gcbench -- "$live" "$churn")
  local net=(dotnet "$cache/dotnet/gcbench/out/gcbench.dll" "$live" "$churn")
  local kt kn ks ksn kf kfn
  kt=$(field_median 4 "${kiln[@]}"); kn=$(field_median 4 "${net[@]}")
  ks=$(field_median 8 "${kiln[@]}"); ksn=$(field_median 8 "${net[@]}")
  kf=$(field_median 12 "${kiln[@]}"); kfn=$(field_median 12 "${net[@]}")
  echo "| $live MiB | $kt MB/s | $kn MB/s | $(awk -v a="$kt" -v b="$kn" 'BEGIN{printf "%.2f", a/b}')× | $ks µs | $ksn µs | $kf µs | $kfn µs |"
}

echo "kiln kernel bench: timing, $runs runs each..." >&2
rows=$(gc_row 1 1024; gc_row 8 1024; gc_row 64 1024)
pp_kiln=$(field_median 4 bench/programs/pingpong/.kiln/build/linuxu-x86_64/pingpong -- 200000)
pp_net=$(field_median 4 dotnet "$cache/dotnet/pingpong/out/pingpong.dll" 200000)
ppt_kiln=$(field_median 4 bench/programs/pingpong-tls/.kiln/build/linuxu-x86_64/pingpong-tls -- 200000)
ppt_net=$(field_median 4 dotnet "$cache/dotnet/pingpong-tls/out/pingpong-tls.dll" 200000)

boot() {
  local s e
  s=$(date +%s%N)
  qemu-system-x86_64 -M microvm -accel tcg -cpu max -m 64M -nodefaults -no-reboot -display none -serial stdio \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel "$1" -append "hello --" >/dev/null 2>&1 || true
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
now_times=(); old_times=()
for ((i = 0; i < 4 * runs + 1; i++)); do
  old_times+=("$(boot "$cache/foundation/examples/hello/.kiln/build/kvm-x86_64/hello")")
  now_times+=("$(boot examples/hello/.kiln/build/kvm-x86_64/hello)")
done
b_old=$(printf '%s\n' "${old_times[@]}" | median)
b_now=$(printf '%s\n' "${now_times[@]}" | median)
size_old=$(stat -c %s "$cache/foundation/examples/hello/.kiln/build/kvm-x86_64/hello")
size_now=$(stat -c %s examples/hello/.kiln/build/kvm-x86_64/hello)

cat <<MD
## Kernel-core bench — $(date +%F)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');
$(dotnet --version | sed 's/^/.NET SDK /'); $(qemu-system-x86_64 -version | head -1). Kiln runs as linuxu images (native speed),
the reference is the same Program.cs on .NET (server GC off, tiered JIT). Median of $runs runs.

### Allocation and collection (bench/programs/gcbench: 1 GiB of 32-byte objects and 64-byte arrays)

Kiln's heap is 3 × live + 64 MiB (\`KILN_MEM\`); .NET sizes its own.

| live set | Kiln alloc | .NET alloc | Kiln / .NET | Kiln max stall | .NET max stall | Kiln full GC | .NET full GC |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$rows

"Max stall" is the slowest batch of 1000 allocations (a collection lands in one); "full GC" is one GC.Collect() with
the live set in place.

### Thread hand-off (bench/programs/pingpong: Monitor.Wait/Pulse between two threads, 200,000 round trips)

pingpong-tls is the same program with a \`[ThreadStatic]\` counter bumped on every turn, so the image switches
thread statics with the thread.

| | per hand-off | with a thread static |
| --- | ---: | ---: |
| Kiln (user-level switch on one CPU) | $pp_kiln ns | $ppt_kiln ns |
| .NET (OS threads, futex wake-ups) | $pp_net ns | $ppt_net ns |
| Kiln / .NET | $(awk -v a="$pp_kiln" -v b="$pp_net" 'BEGIN{printf "%.3f", a/b}')× | $(awk -v a="$ppt_kiln" -v b="$ppt_net" 'BEGIN{printf "%.3f", a/b}')× |

### Boot time against the foundation (hello under QEMU microvm, tcg, QEMU directly, $((4 * runs + 1)) alternating runs)

| image | median | size |
| --- | ---: | ---: |
| foundation ($foundation) | $b_old ms | $size_old bytes |
| now | $b_now ms | $size_now bytes |
| change | $(awk -v a="$b_now" -v b="$b_old" 'BEGIN{printf "%+.1f%%", (a-b)*100/b}') | $(awk -v a="$size_now" -v b="$size_old" 'BEGIN{printf "%+.1f%%", (a-b)*100/b}') |
MD
