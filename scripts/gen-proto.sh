#!/usr/bin/env bash
# Regenerates the static protobuf code in src/gen/proto from proto/. The generated files are
# committed; test/proto.test.ts fails when they are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/gen/proto
mkdir -p "$out"
npx pbjs -t static-module -w es6 --force-number --no-delimited --no-verify --no-convert \
  -o "$out/lending.js" proto/lending/v1/lending.proto
# Node ESM wants the file name and the CommonJS default export (a namespace import of a CJS
# module hides `util`, `Reader`, ...); and 64-bit fields must decode to plain numbers, never Long
# objects (Long costs ~13% of the gateway and makes hot objects polymorphic). Unsafe values are
# rejected by the codec (Number.isSafeInteger), so nothing is silently rounded into a balance.
sed -i 's#^import \* as \$protobuf from "protobufjs/minimal";#import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();#' "$out/lending.js"
npx pbts --no-comments -o "$out/lending.d.ts" "$out/lending.js"
sed -i -e 's#from "protobufjs"#from "protobufjs/minimal.js"#' -e '/^import Long = require("long");$/d' \
  "$out/lending.d.ts"
# A JSON descriptor of the same schema, for the gateway's wire-type check (reflection).
npx pbjs -t json -o "$out/lending.json" proto/lending/v1/lending.proto
