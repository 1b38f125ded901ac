#!/usr/bin/env bash
# Fails when the Simplified Chinese catalogue is behind the sources: it runs lupdate over app/ and core/ into a
# temporary copy of resources/translations/pilotzones_zh_CN.ts (the real one is not touched), then looks for
# entries that are unfinished (a tr() string with no translation, new or changed) or obsolete/vanished.
#   scripts/check-translations.sh [--lupdate PATH] [SOURCE_DIR...]   (default: app and core of this repository)
#   scripts/check-translations.sh [--lupdate PATH] --self-test        a new tr() string must make the check fail
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=""
if [[ "${1:-}" == "--lupdate" ]]; then
    lupdate=$2
    shift 2
fi
[[ -n "$lupdate" ]] || lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
catalogue=$root/resources/translations/pilotzones_zh_CN.ts

check() {
    local tmp
    tmp=$(mktemp -d)
    cp "$catalogue" "$tmp/pilotzones_zh_CN.ts"
    "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h "$@" -ts "$tmp/pilotzones_zh_CN.ts" >&2
    local unfinished obsolete
    unfinished=$(grep -c 'type="unfinished"' "$tmp/pilotzones_zh_CN.ts" || true)
    obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$tmp/pilotzones_zh_CN.ts" || true)
    if [[ $unfinished -ne 0 || $obsolete -ne 0 ]]; then
        echo "pilotzones_zh_CN.ts: $unfinished unfinished, $obsolete obsolete entries after lupdate. Untranslated:" >&2
        python3 - "$tmp/pilotzones_zh_CN.ts" >&2 <<'PY'
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter('context'):
    for m in ctx.iter('message'):
        if m.find('translation').get('type') in ('unfinished', 'obsolete', 'vanished'):
            print('  %s: %s' % (ctx.find('name').text, m.find('source').text))
PY
        echo "Run the pilotzones_app_lupdate target and translate them (see README)." >&2
        rm -rf "$tmp"
        return 1
    fi
    rm -rf "$tmp"
}

if [[ "${1:-}" == "--self-test" ]]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    cp -r "$root/app" "$root/core" "$dir/"
    printf '#include <QObject>\nclass Fresh : public QObject { Q_OBJECT\n  QString t() { return tr("A string nobody translated"); } };\n' \
        >"$dir/app/Fresh.h"
    if check "$dir/app" "$dir/core" 2>/dev/null; then
        echo "self-test: a new untranslated tr() string was not caught" >&2
        exit 1
    fi
    echo "self-test: a new untranslated tr() string fails the check"
    exit 0
fi

if [[ $# -eq 0 ]]; then
    set -- "$root/app" "$root/core"
fi
check "$@"
echo "pilotzones_zh_CN.ts: every tr() string is translated"
