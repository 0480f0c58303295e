#!/bin/bash
# A recording stub for every command the plan's script may call, dispatched on the name it is called by. It logs
# each call (with the step running, from K8S_ADVENTURE_STEP) to $STUB_LOG, then plays the command against the
# scratch root $K8S_ADVENTURE_ROOT: packages are marker files, services are enable links, a reboot recomputes the
# state a boot would produce (modules, sysctl, SELinux, docker-storage-setup, the storage driver).
set -euo pipefail
name=${0##*/}
root=${K8S_ADVENTURE_ROOT:?the stub needs K8S_ADVENTURE_ROOT}
# One write per call: the two sides of a pipe (curl | tar) log at the same time, and separate writes interleave.
line=$(printf '%s\t%s' "${K8S_ADVENTURE_STEP:-}" "$name"; printf ' %q' "$@")
printf '%s\n' "$line" >>"$STUB_LOG"
PATH=/usr/bin:/bin
state="$root/run/stub"
pkgs="$root/var/lib/stub/packages"
# shellcheck disable=SC1091 # the scratch host's own file
os=$(. "$root/etc/os-release" && printf '%s' "$ID")

# File commands run for real, but only inside the scratch root (or /tmp): the script under test must never
# reach the real system.
inside() {
  local arg
  for arg in "$@"; do
    case $arg in
    /*) [[ $arg == "$root"/* || $arg == /tmp/* ]] || { echo "stub: $name touches $arg outside the scratch root" >&2; exit 97; } ;;
    esac
  done
}

installed() { [[ -e $pkgs/$1 ]]; }
install_package() {
  mkdir -p "$pkgs"
  touch "$pkgs/$1"
  case $1 in
  docker)
    mkdir -p "$root/etc/sysconfig" "$root/usr/lib/docker-storage-setup"
    [[ -e $root/etc/sysconfig/docker ]] || printf "OPTIONS='--selinux-enabled --log-driver=journald'\n" >"$root/etc/sysconfig/docker"
    [[ -e $root/etc/sysconfig/docker-storage ]] || printf 'DOCKER_STORAGE_OPTIONS=\n' >"$root/etc/sysconfig/docker-storage"
    [[ -e $root/etc/sysconfig/docker-storage-setup ]] || printf '# Edit this file to override any configuration options specified in\n# /usr/lib/docker-storage-setup/docker-storage-setup.\n' >"$root/etc/sysconfig/docker-storage-setup"
    printf 'STORAGE_DRIVER=devicemapper\n' >"$root/usr/lib/docker-storage-setup/docker-storage-setup"
    ;;
  docker.io)
    mkdir -p "$root/etc/default"
    [[ -e $root/etc/default/docker ]] || printf '# Docker Upstart and SysVinit configuration file\n#DOCKER_OPTS="--dns 8.8.8.8 --dns 8.8.4.4"\n' >"$root/etc/default/docker"
    ;;
  esac
}

unit_enabled() { [[ -e $root/etc/systemd/system/multi-user.target.wants/$1.service ]]; }

# docker-storage-setup at boot, as projectatomic/container-storage-setup@338cf62 decides: the configured driver
# from STORAGE_DRIVER, the existing one read from DOCKER_STORAGE_OPTIONS by its get_existing_storage_driver.
docker_storage_setup() {
  local driver options current=""
  # shellcheck disable=SC1091 # the scratch host's own files
  driver=$(. "$root/usr/lib/docker-storage-setup/docker-storage-setup"; [[ -e $root/etc/sysconfig/docker-storage-setup ]] && . "$root/etc/sysconfig/docker-storage-setup"; printf '%s' "$STORAGE_DRIVER")
  options=$(sed -n 's/^DOCKER_STORAGE_OPTIONS=//p' "$root/etc/sysconfig/docker-storage" | sed 's/^"//; s/"$//')
  if [[ -n $options ]]; then
    # Unquoted on purpose, as docker-storage-setup has it: echo squeezes the spaces.
    # shellcheck disable=SC2086
    current=$(echo $options | sed -n 's/.*\(--storage-driver [ ]*[a-z0-9]*\).*/\1/p' | sed 's/--storage-driver *//')
    # shellcheck disable=SC2086
    [[ -n $current ]] || current=$(echo $options | sed -n 's/.*\(-s [ ]*[a-z][0-9]*\).*/\1/p' | sed 's/-s *//')
    if [[ -z $current ]]; then echo "ERROR: Failed to determine existing storage driver." >"$state/dss.log"; return 1; fi
    if [[ $current != "$driver" ]]; then echo "ERROR: Storage is already configured with $current driver." >"$state/dss.log"; return 1; fi
  fi
  case $driver in
  overlay) printf 'DOCKER_STORAGE_OPTIONS="--storage-driver overlay "\n' >"$root/etc/sysconfig/docker-storage" ;;
  # The AWS images' root is not on LVM: no thin pool, and Docker falls back to loop devices.
  devicemapper) echo "ERROR: No valid volume group found. Exiting." >"$state/dss.log"; return 1 ;;
  esac
}

# What a boot leaves behind: the newest kernel's modules, the sysctl.d files applied in name order, the SELinux
# mode from its config, docker-storage-setup's verdict, and every enabled unit that can start, started.
boot() {
  rm -rf "$state" "$root/proc" "$root/sys/fs/selinux"
  mkdir -p "$state/active" "$state/failed" "$root/proc"
  local kernel modules=(bridge) file key value
  kernel=$(find "$root/lib/modules" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
  for file in "$root"/etc/modules-load.d/*.conf; do [[ -e $file ]] && mapfile -t -O "${#modules[@]}" modules < <(grep -Ev '^(#|$)' "$file"); done
  printf '%s\n' "${modules[@]}" >"$root/proc/modules"
  # Bridge netfilter is in `bridge` unless the kernel has it as br_netfilter, which then must be loaded.
  if ! compgen -G "$root/lib/modules/$kernel/kernel/net/bridge/br_netfilter.ko*" >/dev/null || grep -qx br_netfilter "$root/proc/modules"; then
    mkdir -p "$root/proc/sys/net/bridge"
    # systemd-sysctl applies the files sorted by name, whichever directory holds them.
    for file in $(find "$root/usr/lib/sysctl.d" "$root/etc/sysctl.d" -name '*.conf' -printf '%f\t%p\n' 2>/dev/null | sort | cut -f2); do
      while IFS=' =' read -r key value; do
        [[ $key == net.bridge.* ]] && printf '%s\n' "$value" >"$root/proc/sys/net/bridge/${key#net.bridge.}"
      done < <(grep -E '^[a-z]' "$file" | tr -d ' ' | tr '=' ' ')
    done
  fi
  value=$(sed -n 's/^SELINUX=//p' "$root/etc/selinux/config" 2>/dev/null || true)
  case ${value:-absent} in
  enforcing) echo Enforcing >"$state/selinux" ;;
  permissive) echo Permissive >"$state/selinux" ;;
  disabled) echo Disabled >"$state/selinux" ;;
  esac
  if [[ $os == centos ]] && installed docker; then docker_storage_setup || touch "$state/failed/docker-storage-setup"; fi
  if unit_enabled docker || [[ $os == coreos ]]; then
    local driver
    case $os in
    centos) driver=$(sed -n 's/.*--storage-driver \([a-z0-9]*\).*/\1/p' "$root/etc/sysconfig/docker-storage"); driver=${driver:-devicemapper} ;;
    debian | ubuntu) driver=$(sed -n 's/.*"storage-driver" *: *"\([a-z0-9]*\)".*/\1/p' "$root/etc/docker/daemon.json" 2>/dev/null || true); driver=${driver:-aufs} ;;
    coreos) driver=overlay ;;
    esac
    # Docker 1.10-1.12 refuse overlay with --selinux-enabled on a host with SELinux on.
    if [[ $driver == overlay ]] && grep -q -- --selinux-enabled "$root/etc/sysconfig/docker" 2>/dev/null && [[ $(cat "$state/selinux" 2>/dev/null) != Disabled ]]; then
      touch "$state/failed/docker"
    else
      echo "$driver" >"$state/docker-driver"
      touch "$state/active/docker"
    fi
  fi
  if unit_enabled kubelet && [[ -e $state/active/docker ]]; then touch "$state/active/kubelet"; fi
  head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$state/boot_id"
}

case $name in
id) [[ ${1:-} == -u ]] && echo 0 ;;
grep | sed | mkdir | chmod | mv | tar) inside "$@"; exec "$name" "$@" ;;
stat)
  # Only `stat -c %C DIR`, the SELinux label; chcon records labels in the scratch root.
  label=$(cat "$root/var/lib/stub/labels/$(printf '%s' "$3" | md5sum | cut -c1-16)" 2>/dev/null || echo system_u:object_r:var_lib_t:s0)
  echo "$label"
  ;;
chcon)
  [[ $1 == -Rt ]] || exit 64
  inside "$3"
  mkdir -p "$root/var/lib/stub/labels"
  echo "system_u:object_r:$2:s0" >"$root/var/lib/stub/labels/$(printf '%s' "$3" | md5sum | cut -c1-16)"
  ;;
getenforce) cat "$state/selinux" ;;
setenforce)
  if [[ $(cat "$state/selinux") == Disabled ]]; then echo "setenforce: SELinux is disabled" >&2; exit 1; fi
  [[ $1 == 0 ]] && echo Permissive >"$state/selinux"
  ;;
rpm)
  [[ $1 == -q ]] || exit 64
  shift
  status=0
  for package in "$@"; do installed "$package" || { echo "package $package is not installed"; status=1; }; done
  exit $status
  ;;
yum)
  case "$*" in
  "-q check-update") [[ -e $root/var/lib/stub/updates-pending ]] && exit 100; exit 0 ;;
  "update -y")
    rm -f "$root/var/lib/stub/updates-pending"
    # The update brings CentOS 7.9's kernel, in which br_netfilter is a module of its own.
    mkdir -p "$root/lib/modules/3.10.0-1160.el7.x86_64/kernel/net/bridge"
    touch "$root/lib/modules/3.10.0-1160.el7.x86_64/kernel/net/bridge/br_netfilter.ko.xz"
    echo "CentOS Linux release 7.9.2009 (Core)" >"$root/etc/centos-release"
    ;;
  install\ -y\ *) shift 2; for package in "$@"; do install_package "$package"; done ;;
  *) exit 64 ;;
  esac
  ;;
dpkg-query)
  package=${!#}
  installed "$package" || exit 1
  echo -n "install ok installed"
  ;;
apt-get)
  case $1 in
  update) ;;
  install) shift; for package in "$@"; do [[ $package == -* ]] || install_package "$package"; done ;;
  *) exit 64 ;;
  esac
  ;;
systemctl)
  # --quiet only silences output, which the stub has none of.
  args=()
  for arg in "$@"; do [[ $arg == --quiet ]] || args+=("$arg"); done
  case ${args[0]} in
  is-enabled) unit_enabled "${args[1]}" ;;
  enable) mkdir -p "$root/etc/systemd/system/multi-user.target.wants"; touch "$root/etc/systemd/system/multi-user.target.wants/${args[1]}.service" ;;
  daemon-reload) ;;
  is-active) [[ -e $state/active/${args[1]} ]] ;;
  is-failed) [[ -e $state/failed/${args[1]} ]] ;;
  reboot) boot ;;
  *) exit 64 ;;
  esac
  ;;
docker)
  if [[ $1 == --version ]]; then echo "Docker version 1.12.6, build 78d1802"; exit 0; fi
  [[ $1 == info ]] || exit 64
  if [[ ! -e $state/active/docker ]]; then echo "Cannot connect to the Docker daemon. Is the docker daemon running on this host?" >&2; exit 1; fi
  printf 'Containers: 0\nServer Version: 1.12.6\nStorage Driver: %s\n' "$(cat "$state/docker-driver")"
  ;;
curl)
  out="" url=""
  while (($#)); do case $1 in -o) out=$2; shift 2 ;; -*) shift ;; *) url=$1; shift ;; esac; done
  case $url in
  https://storage.googleapis.com/kubernetes-release/release/v*/bin/linux/amd64/kubelet)
    version=${url#*/release/v}
    version=${version%%/*}
    inside "$out"
    printf '#!/bin/bash\necho "Kubernetes v%s"\n' "$version" >"$out"
    ;;
  https://github.com/containernetworking/cni/releases/download/v0.3.0/cni-v0.3.0.tgz)
    dir=$(mktemp -d)
    for plugin in bridge host-local loopback; do printf '#!/bin/bash\n' >"$dir/$plugin"; chmod 0755 "$dir/$plugin"; done
    tar -czf - -C "$dir" .
    rm -rf "$dir"
    ;;
  *) echo "curl: (22) The requested URL returned error: 404" >&2; exit 22 ;;
  esac
  ;;
aws)
  tags="$root/var/lib/stub/aws-tags"
  case " $* " in
  *" describe-images "*) printf 'ami-0f2b4fc905b0bd1f1\tCentOS Linux 7 x86_64 HVM EBS 1602-b7ee8a69-ee97-4a49-9e68-afaee216db2e-ami-d7e1d2bd.3\t2016-03-01T14:22:43.000Z\n' ;;
  *" describe-tags "*)
    group=$(printf '%s\n' "$@" | sed -n 's/^Name=resource-id,Values=//p')
    [[ -e $tags/$group ]] && echo KubernetesCluster
    exit 0
    ;;
  *" delete-tags "*)
    group=$(printf '%s\n' "$@" | awk 'previous == "--resources" { print } { previous = $0 }')
    rm -f "$tags/$group"
    ;;
  *) exit 64 ;;
  esac
  ;;
conntrack | socat | brctl) ;;
*) echo "stub: no stub behaviour for $name" >&2; exit 64 ;;
esac
