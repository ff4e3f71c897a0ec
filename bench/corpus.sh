#!/usr/bin/env bash
# Compute corpus bench (not a test): each workload of ../shared/bench-corpus built once as a Kiln linuxu image, as
# .NET 10 JIT (framework-dependent) and as .NET 10 NativeAOT (the ILCompiler the SDK picks, which is the one Kiln's
# build restores), then run side by side in rounds: the three builds in turn, the order rotated each round. Each
# ratio is taken within one round and the median of the per-round ratios is printed, so a load spike on this
# shared machine hits one round of one row rather than a whole column. CPU time (user+sys) and peak RSS come from
# GNU time. Prints a Markdown table.
# Usage: bench/corpus.sh [rounds] [workload...]   (default 5 rounds, every workload; 0 rounds: build only)
# Env: KILN_MEM for the Kiln images (default 1G), CORPUS (default ../shared/bench-corpus).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
rounds=${1:-5}; shift || true
corpus=${CORPUS:-$root/../shared/bench-corpus}
[ -d "$corpus" ] || corpus=/work/shared/bench-corpus
cache="$root/bench/.cache/corpus"
mem=${KILN_MEM:-1G}
mkdir -p "$cache"
if [ $# -gt 0 ]; then names=("$@"); else names=(); for d in "$corpus"/*/; do names+=("$(basename "$d")"); done; fi

[ -x /usr/bin/time ] || { echo "corpus: needs GNU time; fix: sudo apt-get install -y time" >&2; exit 1; }
# NativeAOT links with clang (or gcc where clang is missing, as the kiln CLI's own build does).
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y clang lld >&2
  else echo "corpus: NativeAOT needs a C toolchain; fix: sudo apt-get install -y clang lld" >&2; exit 1; fi
fi

echo "corpus bench: building (not timed)..." >&2
for n in "${names[@]}"; do
  d="$cache/$n"
  mkdir -p "$d/kiln" "$d/net"
  cp "$corpus/$n/Program.cs" "$d/kiln/Program.cs"
  cat > "$d/kiln/$n.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/guest/Kiln.App.props" />
  <PropertyGroup><AssemblyName>$n</AssemblyName></PropertyGroup>
</Project>
XML
  printf 'name: %s\ntargets:\n  - plat: linuxu\n    arch: x86_64\n' "$n" > "$d/kiln/kiln.yaml"
  ./kiln build "$d/kiln" --plat linuxu >"$d/kiln.log" 2>&1 || { cat "$d/kiln.log" >&2; exit 1; }
  cat > "$d/net/$n.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><AssemblyName>$n</AssemblyName>
    <ImplicitUsings>disable</ImplicitUsings><Nullable>disable</Nullable><InvariantGlobalization>true</InvariantGlobalization>
    <ServerGarbageCollection>false</ServerGarbageCollection><ConcurrentGarbageCollection>false</ConcurrentGarbageCollection>
    <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
  </PropertyGroup>
  <ItemGroup><Compile Include="$corpus/$n/Program.cs" /></ItemGroup>
</Project>
XML
  if [ ! -f "$d/jit/$n.dll" ] || [ "$corpus/$n/Program.cs" -nt "$d/jit/$n.dll" ]; then
    (cd "$d/net" && dotnet publish -c Release -o "$d/jit" -nologo -v:q >"$d/jit.log" 2>&1) || { cat "$d/jit.log" >&2; exit 1; }
  fi
  if [ ! -x "$d/aot/$n" ] || [ "$corpus/$n/Program.cs" -nt "$d/aot/$n" ]; then
    (cd "$d/net" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o "$d/aot" -nologo -v:q >"$d/aot.log" 2>&1) ||
      { cat "$d/aot.log" >&2; echo "corpus: NativeAOT build of $n failed" >&2; exit 1; }
  fi
done
[ "$rounds" -gt 0 ] || exit 0
ilc=$(ls "$HOME/.nuget/packages/runtime.linux-x64.microsoft.dotnet.ilcompiler" 2>/dev/null | sort -V | tail -1)

# One timed run: "wall_ms cpu_ms rss_kib"; the output must match expected.txt.
run1() {
  local n=$1; shift
  local out="$cache/$n/out.txt" t="$cache/$n/time.txt"
  local s e
  s=$(date +%s%N)
  /usr/bin/time -o "$t" -f '%U %S %M' "$@" >"$out" 2>/dev/null || true
  e=$(date +%s%N)
  cmp -s "$out" "$corpus/$n/expected.txt" || { echo "corpus: $n: wrong output from $*" >&2; diff "$out" "$corpus/$n/expected.txt" | head -5 >&2; }
  awk -v w=$(( (e - s) / 1000000 )) '{printf "%d %d %d\n", w, ($1 + $2) * 1000, $3}' "$t"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "corpus bench: timing, $rounds rounds..." >&2
echo "| workload | Kiln wall | NativeAOT wall | JIT wall | Kiln/NativeAOT | Kiln/JIT | Kiln/NativeAOT CPU | Kiln RSS | NativeAOT RSS | JIT RSS |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${names[@]}"; do
  d="$cache/$n"
  kiln=(env KILN_MEM=$mem "$d/kiln/.kiln/build/linuxu-x86_64/$n")
  aot=("$d/aot/$n")
  jit=(dotnet "$d/jit/$n.dll")
  : > "$d/rounds.txt"
  for ((r = 0; r < rounds; r++)); do
    case $((r % 3)) in
      0) k=$(run1 "$n" "${kiln[@]}"); a=$(run1 "$n" "${aot[@]}"); j=$(run1 "$n" "${jit[@]}") ;;
      1) a=$(run1 "$n" "${aot[@]}"); j=$(run1 "$n" "${jit[@]}"); k=$(run1 "$n" "${kiln[@]}") ;;
      2) j=$(run1 "$n" "${jit[@]}"); k=$(run1 "$n" "${kiln[@]}"); a=$(run1 "$n" "${aot[@]}") ;;
    esac
    echo "$k $a $j" >> "$d/rounds.txt"
  done
  col() { awk -v c="$1" '{print $c}' "$d/rounds.txt" | median; }
  ratio() { awk -v a="$1" -v b="$2" '{if ($b > 0) printf "%.3f\n", $a / $b}' "$d/rounds.txt" | median; }
  printf '| %s | %s ms | %s ms | %s ms | %.2f× | %.2f× | %.2f× | %d MiB | %d MiB | %d MiB |\n' "$n" \
    "$(col 1)" "$(col 4)" "$(col 7)" "$(ratio 1 4)" "$(ratio 1 7)" "$(ratio 2 5)" \
    $(( $(col 3 | cut -d. -f1) / 1024 )) $(( $(col 6 | cut -d. -f1) / 1024 )) $(( $(col 9 | cut -d. -f1) / 1024 ))
done
echo
echo "Rounds: $rounds (order rotated each round; ratios are medians of per-round ratios). KILN_MEM=$mem. ILCompiler $ilc, $(dotnet --version 2>/dev/null | sed 's/^/.NET SDK /'). Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)."
