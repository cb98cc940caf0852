#!/usr/bin/env bash
# Runs one MAPLE instance of a Payara Micro cluster in the foreground (exec: the process is the JVM,
# so systemd, a container runtime or a test can signal it directly). See deploy/README.md.
#
# MAPLE's own settings (MAPLE_DB_URL, MAPLE_DB_USER, MAPLE_DB_PASSWORD, ...) are read by MAPLE from
# the environment this script inherits; the variables below are read by this script only.
#
#   MAPLE_HOME             folder holding payara-micro.jar and maple.war   (default: ../../target)
#   MAPLE_INSTANCE         instance name, unique in the cluster            (default: short host name)
#   MAPLE_HTTP_PORT        HTTP port behind the proxy                       (8080)
#   MAPLE_CLUSTER_NAME     data grid name; instances with another name never join   (maple)
#   MAPLE_HZ_PORT          data grid port this instance tries first         (6900; next free one if taken)
#   MAPLE_CLUSTER_MEMBERS  host:port of the members, comma-separated        (127.0.0.1:$MAPLE_HZ_PORT)
#   MAPLE_CLUSTER_MODE     Payara --clustermode; overrides MAPLE_CLUSTER_MEMBERS: tcpip:h:p,h:p |
#                          kubernetes:namespace,service | dns:name:port | multicast:group:port
#   MAPLE_HZ_INTERFACE     address(es) the data grid binds to, e.g. 10.0.1.* (default: Payara chooses)
#   MAPLE_HZ_PUBLIC_ADDRESS  address:port other members reach this one at, behind NAT
#   MAPLE_HOST_AWARE       true: backups of session data on another host (several hosts);
#                          false: several instances on ONE host (else their backups are skipped)  (true)
#   MAPLE_RUNTIME_DIR      Payara's runtime folder (config, exploded WAR)  (/var/lib/maple/$MAPLE_INSTANCE)
#   MAPLE_JAVA_OPTS        JVM options          (-Xms256m -Xmx768m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError)
# Any arguments are passed on to Payara Micro.
set -Eeuo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

home=${MAPLE_HOME:-$(cd "$here/../.." && pwd)/target}
jar=$home/payara-micro.jar
war=$home/maple.war
name=${MAPLE_INSTANCE:-$(hostname -s)}
port=${MAPLE_HTTP_PORT:-8080}
cluster=${MAPLE_CLUSTER_NAME:-maple}
hzport=${MAPLE_HZ_PORT:-6900}
mode=${MAPLE_CLUSTER_MODE:-tcpip:${MAPLE_CLUSTER_MEMBERS:-127.0.0.1:$hzport}}
rootdir=${MAPLE_RUNTIME_DIR:-/var/lib/maple/$name}
read -r -a java_opts <<<"${MAPLE_JAVA_OPTS:--Xms256m -Xmx768m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError}"

for f in "$jar" "$war"; do
    [[ -f $f ]] || { echo "maple-instance.sh: $f is missing (set MAPLE_HOME)" >&2; exit 2; }
done
[[ $name =~ ^[A-Za-z0-9_.-]+$ ]] || { echo "maple-instance.sh: MAPLE_INSTANCE '$name' must be letters, digits, . _ -" >&2; exit 2; }
[[ $port =~ ^[0-9]+$ && $hzport =~ ^[0-9]+$ ]] || { echo "maple-instance.sh: ports must be numbers" >&2; exit 2; }
mkdir -p "$rootdir"

args=(--deploy "$war" --contextroot / --port "$port" --name "$name"
      --clustername "$cluster" --clustermode "$mode" --startport "$hzport"
      --rootdir "$rootdir" --disablephonehome
      --prebootcommandfile "$here/cluster-preboot.asadmin"
      --postdeploycommandfile "$here/cluster-postdeploy.asadmin")
[[ -n ${MAPLE_HZ_INTERFACE:-} ]] && args+=(--interfaces "$MAPLE_HZ_INTERFACE")
[[ -n ${MAPLE_HZ_PUBLIC_ADDRESS:-} ]] && args+=(--hzpublicaddress "$MAPLE_HZ_PUBLIC_ADDRESS")
[[ ${MAPLE_HOST_AWARE:-true} == false ]] && args+=(--nohostaware)

exec java "${java_opts[@]}" -jar "$jar" "${args[@]}" "$@"
