#!/usr/bin/env bash
# Fails when a C++ source file of the project is not formatted as .clang-format says.
# Usage: check-format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
root=$2
cd "$root"
mapfile -t files < <(find app core ui tests -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
bad=()
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not formatted (run: clang-format -i FILE):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
