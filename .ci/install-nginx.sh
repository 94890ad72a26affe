#!/usr/bin/env bash
# Install Debian's nginx for the replica test (test/deploy/replicas.test.ts runs two servers behind
# it on 127.0.0.1). Only the binary is used: the package's own service is not started. Idempotent.
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends nginx >/dev/null
/usr/sbin/nginx -v
