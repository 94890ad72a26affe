# syntax=docker/dockerfile:1
# The database as an immutable artifact: one image per build, tagged with the file's content hash,
# never rebuilt under the same tag. Pods copy it into a read-only volume (deploy/k8s/deployment.yaml).
#   node bin/medcodes.js build --db build/medcodes.db
#   tag=$(sha256sum build/medcodes.db | cut -c1-12)
#   docker build -f deploy/db.Dockerfile -t registry.example/medcodes-db:$tag build/
FROM busybox:1.36
COPY medcodes.db /db/medcodes.db
RUN chmod 0444 /db/medcodes.db
USER 65534
